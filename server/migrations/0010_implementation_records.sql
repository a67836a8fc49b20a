CREATE TABLE "implementation_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"source" varchar(16) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"raised_on" date NOT NULL,
	"raised_by_name" varchar(60) NOT NULL,
	"description" text NOT NULL,
	"resolution" text,
	"resolved_on" date,
	"plan_version" integer,
	"recorded_by" uuid NOT NULL,
	"resolved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"leader_name" varchar(60) NOT NULL,
	"leader_post" varchar(60),
	"leader_is_top_manager" boolean NOT NULL,
	"delegation_reason" text,
	"members" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_role" varchar(24) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"kind" varchar(24) NOT NULL,
	"recorded_on" date NOT NULL,
	"title" varchar(200) NOT NULL,
	"body" text,
	"control_point" varchar(200),
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_role" varchar(24) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_starts" (
	"participation_id" uuid PRIMARY KEY NOT NULL,
	"started_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_role" varchar(24) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "implementation_issues" ADD CONSTRAINT "implementation_issues_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_issues" ADD CONSTRAINT "implementation_issues_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_issues" ADD CONSTRAINT "implementation_issues_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_teams" ADD CONSTRAINT "improvement_teams_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_teams" ADD CONSTRAINT "improvement_teams_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_records" ADD CONSTRAINT "operation_records_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_records" ADD CONSTRAINT "operation_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_starts" ADD CONSTRAINT "operation_starts_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_starts" ADD CONSTRAINT "operation_starts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "implementation_issues_participation_idx" ON "implementation_issues" USING btree ("participation_id","raised_on");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_teams_participation_version_key" ON "improvement_teams" USING btree ("participation_id","version");--> statement-breakpoint
CREATE INDEX "operation_records_participation_idx" ON "operation_records" USING btree ("participation_id","recorded_on");