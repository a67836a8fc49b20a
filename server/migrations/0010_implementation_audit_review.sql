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
CREATE TABLE "audit_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audit_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"grade" varchar(12) NOT NULL,
	"clause" varchar(16) NOT NULL,
	"department" text NOT NULL,
	"evidence" text NOT NULL,
	"found_on" date NOT NULL,
	"due_on" date,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"closed_on" date,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"plan" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report" jsonb,
	"status" varchar(12) NOT NULL,
	"completed_on" date,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"review_id" uuid,
	"kind" varchar(16) NOT NULL,
	"text" text NOT NULL,
	"owner" text NOT NULL,
	"raised_on" date NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"done_note" text,
	"effective" boolean,
	"checked_on" date,
	"checked_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "management_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"record" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"audit_on" date NOT NULL,
	"review_on" date NOT NULL,
	"evidence_file_ids" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"checked_by" uuid NOT NULL,
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
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_audit_id_internal_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."internal_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_review_id_management_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."management_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_verifications" ADD CONSTRAINT "review_verifications_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_verifications" ADD CONSTRAINT "review_verifications_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "implementation_issues_participation_idx" ON "implementation_issues" USING btree ("participation_id","raised_on");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_teams_participation_version_key" ON "improvement_teams" USING btree ("participation_id","version");--> statement-breakpoint
CREATE INDEX "operation_records_participation_idx" ON "operation_records" USING btree ("participation_id","recorded_on");--> statement-breakpoint
CREATE INDEX "audit_findings_audit_idx" ON "audit_findings" USING btree ("audit_id");--> statement-breakpoint
CREATE INDEX "audit_findings_participation_idx" ON "audit_findings" USING btree ("participation_id");--> statement-breakpoint
CREATE INDEX "internal_audits_participation_idx" ON "internal_audits" USING btree ("participation_id");--> statement-breakpoint
CREATE INDEX "improvement_actions_participation_idx" ON "improvement_actions" USING btree ("participation_id");--> statement-breakpoint
CREATE INDEX "management_reviews_participation_idx" ON "management_reviews" USING btree ("participation_id");--> statement-breakpoint
CREATE INDEX "review_verifications_participation_idx" ON "review_verifications" USING btree ("participation_id");