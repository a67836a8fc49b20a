CREATE TABLE "qms_document_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	"revision" varchar(8) NOT NULL,
	"title" text NOT NULL,
	"clauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" varchar(12) NOT NULL,
	"author_name" varchar(40) NOT NULL,
	"drafted_on" date NOT NULL,
	"approver_name" varchar(40),
	"approved_on" date,
	"effective_on" date,
	"obsoleted_on" date,
	"file_id" uuid,
	"change_note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qms_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"number" varchar(40) NOT NULL,
	"number_key" varchar(40) NOT NULL,
	"level" varchar(12) NOT NULL,
	"parent_id" uuid,
	"outline_key" varchar(40),
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qms_non_applicable" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"clause" varchar(16) NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid
);
--> statement-breakpoint
ALTER TABLE "qms_document_revisions" ADD CONSTRAINT "qms_document_revisions_document_id_qms_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."qms_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_document_revisions" ADD CONSTRAINT "qms_document_revisions_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_document_revisions" ADD CONSTRAINT "qms_document_revisions_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_document_revisions" ADD CONSTRAINT "qms_document_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_documents" ADD CONSTRAINT "qms_documents_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_documents" ADD CONSTRAINT "qms_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_non_applicable" ADD CONSTRAINT "qms_non_applicable_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_non_applicable" ADD CONSTRAINT "qms_non_applicable_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qms_non_applicable" ADD CONSTRAINT "qms_non_applicable_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "qms_document_revisions_document_revision_key" ON "qms_document_revisions" USING btree ("document_id","revision");--> statement-breakpoint
CREATE INDEX "qms_document_revisions_participation_idx" ON "qms_document_revisions" USING btree ("participation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "qms_documents_participation_number_key" ON "qms_documents" USING btree ("participation_id","number_key");--> statement-breakpoint
CREATE INDEX "qms_documents_participation_idx" ON "qms_documents" USING btree ("participation_id");--> statement-breakpoint
CREATE INDEX "qms_non_applicable_participation_idx" ON "qms_non_applicable" USING btree ("participation_id");