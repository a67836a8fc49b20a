-- R21: the audit trail is append-only. Rows can be inserted, never updated, deleted or truncated.
-- (Grants alone would not stop the owning role; the trigger holds for every role except one that
-- disables triggers, which needs table ownership and is itself visible in the PostgreSQL log.)
CREATE OR REPLACE FUNCTION audit_trail_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_trail_no_update_delete BEFORE UPDATE OR DELETE ON audit_trail
  FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
  FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change();
