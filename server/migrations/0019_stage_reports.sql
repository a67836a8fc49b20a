CREATE TABLE "stage_report_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime" varchar(64) NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"figures" jsonb NOT NULL,
	"attachment_ids" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid NOT NULL,
	"return_reason" text,
	"returned_at" timestamp with time zone,
	"returned_by" uuid
);
--> statement-breakpoint
CREATE TABLE "stage_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"state" varchar(10) NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"attachment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_submitted_on" date,
	"versions" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stage_report_attachments" ADD CONSTRAINT "stage_report_attachments_report_id_stage_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."stage_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_report_attachments" ADD CONSTRAINT "stage_report_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_report_versions" ADD CONSTRAINT "stage_report_versions_report_id_stage_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."stage_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_report_versions" ADD CONSTRAINT "stage_report_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_report_versions" ADD CONSTRAINT "stage_report_versions_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_reports" ADD CONSTRAINT "stage_reports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_reports" ADD CONSTRAINT "stage_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stage_report_attachments_report_idx" ON "stage_report_attachments" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stage_report_versions_report_version_key" ON "stage_report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "stage_reports_deadline_org_key" ON "stage_reports" USING btree ("campaign_id","due_on","organization_id");--> statement-breakpoint
CREATE INDEX "stage_reports_region_idx" ON "stage_reports" USING btree ("region_code");