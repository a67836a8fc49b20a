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
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");