CREATE SEQUENCE "public"."application_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "reference_number" varchar(24);--> statement-breakpoint
CREATE UNIQUE INDEX "participations_reference_number_key" ON "participations" USING btree ("reference_number");