CREATE TABLE "idempotency_keys" (
	"key_hash" varchar(64) PRIMARY KEY NOT NULL,
	"request_digest" varchar(64) NOT NULL,
	"state" varchar(8) NOT NULL,
	"status_code" smallint,
	"content_type" text,
	"body" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "participations_region_idx";--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "participations_updated_idx" ON "participations" USING btree ("updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "participations_region_idx" ON "participations" USING btree ("region_code" varchar_pattern_ops);