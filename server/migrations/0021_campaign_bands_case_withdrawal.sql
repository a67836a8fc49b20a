ALTER TABLE "campaigns" ADD COLUMN "grade_bands" jsonb;--> statement-breakpoint
ALTER TABLE "excellent_cases" ADD COLUMN "published_region_code" varchar(6);--> statement-breakpoint
ALTER TABLE "excellent_cases" ADD CONSTRAINT "excellent_cases_published_region_code_regions_code_fk" FOREIGN KEY ("published_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
UPDATE "excellent_cases" c SET "published_region_code" = s."region_code" FROM (SELECT DISTINCT ON ("case_id") "case_id", "region_code" FROM "excellent_case_steps" WHERE "command" = 'publish' ORDER BY "case_id", "occurred_at" DESC) s WHERE s."case_id" = c."id" AND c."published";
