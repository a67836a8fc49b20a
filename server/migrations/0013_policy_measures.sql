CREATE TABLE "policy_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"issuing_level" varchar(12) NOT NULL,
	"document_number" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"content" text NOT NULL,
	"subsidy_wan" numeric(14, 4) DEFAULT '0' NOT NULL,
	"credit_wan" numeric(14, 4) DEFAULT '0' NOT NULL,
	"fees_waived_wan" numeric(14, 4) DEFAULT '0' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policy_measures" ADD CONSTRAINT "policy_measures_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_measures" ADD CONSTRAINT "policy_measures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_measures_region_idx" ON "policy_measures" USING btree ("region_code" varchar_pattern_ops,"issued_on");