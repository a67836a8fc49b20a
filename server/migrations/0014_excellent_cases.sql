CREATE TABLE "excellent_case_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"command" varchar(12) NOT NULL,
	"region_code" varchar(6),
	"reason" text,
	"actor_user_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "excellent_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"parts" jsonb NOT NULL,
	"drafting_units" jsonb NOT NULL,
	"characters" integer NOT NULL,
	"status" varchar(12) NOT NULL,
	"at_region_code" varchar(6),
	"accepted_region_code" varchar(6),
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"return_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "excellent_cases_participation_id_unique" UNIQUE("participation_id")
);
--> statement-breakpoint
ALTER TABLE "excellent_case_steps" ADD CONSTRAINT "excellent_case_steps_case_id_excellent_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."excellent_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellent_case_steps" ADD CONSTRAINT "excellent_case_steps_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellent_case_steps" ADD CONSTRAINT "excellent_case_steps_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellent_cases" ADD CONSTRAINT "excellent_cases_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellent_cases" ADD CONSTRAINT "excellent_cases_at_region_code_regions_code_fk" FOREIGN KEY ("at_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellent_cases" ADD CONSTRAINT "excellent_cases_accepted_region_code_regions_code_fk" FOREIGN KEY ("accepted_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellent_cases" ADD CONSTRAINT "excellent_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "excellent_case_steps_case_idx" ON "excellent_case_steps" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "excellent_cases_at_region_idx" ON "excellent_cases" USING btree ("at_region_code");--> statement-breakpoint
CREATE INDEX "excellent_cases_published_idx" ON "excellent_cases" USING btree ("published");