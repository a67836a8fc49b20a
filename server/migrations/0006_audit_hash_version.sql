-- ADR 0019: rows already in the trail were hashed by the legacy unkeyed SHA-256 rule and keep version 1;
-- the app writes every new row as version 2 (HMAC-SM3 with a key kept outside the database).
ALTER TABLE "audit_trail" ADD COLUMN "hash_version" smallint DEFAULT 1 NOT NULL;