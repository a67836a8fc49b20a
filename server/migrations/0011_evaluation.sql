CREATE TABLE "evaluation_panel_members" (
	"panel_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "evaluation_panel_members_panel_id_user_id_pk" PRIMARY KEY("panel_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_panels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"leader_user_id" uuid NOT NULL,
	"document_review" boolean NOT NULL,
	"onsite_review" boolean NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"aggregation" varchar(8) NOT NULL,
	"item_rule" varchar(8) NOT NULL,
	"bands" jsonb NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"total" smallint,
	"grade" varchar(12),
	"signed_off_by" uuid,
	"signed_off_at" timestamp with time zone,
	"reopen_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_panels_participation_id_unique" UNIQUE("participation_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_sheets" (
	"panel_id" uuid NOT NULL,
	"rater_user_id" uuid NOT NULL,
	"values" jsonb NOT NULL,
	"total" smallint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluation_sheets_panel_id_rater_user_id_pk" PRIMARY KEY("panel_id","rater_user_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_panel_members" ADD CONSTRAINT "evaluation_panel_members_panel_id_evaluation_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."evaluation_panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_panel_members" ADD CONSTRAINT "evaluation_panel_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_panels" ADD CONSTRAINT "evaluation_panels_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_panels" ADD CONSTRAINT "evaluation_panels_leader_user_id_users_id_fk" FOREIGN KEY ("leader_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_panels" ADD CONSTRAINT "evaluation_panels_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_panels" ADD CONSTRAINT "evaluation_panels_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheets" ADD CONSTRAINT "evaluation_sheets_panel_id_evaluation_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."evaluation_panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheets" ADD CONSTRAINT "evaluation_sheets_rater_user_id_users_id_fk" FOREIGN KEY ("rater_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_panel_members_user_idx" ON "evaluation_panel_members" USING btree ("user_id");