-- Production database roles (ADR 0019, R21, MLPS 8.1.4.2 least privilege).
--
-- Two roles: the OWNER owns the schema and every table and is used only to run migrations; the APP
-- role, which the server connects as, owns nothing and gets only what it needs. On the audit trail
-- that is INSERT and SELECT: it can neither change nor remove entries, nor disable the trail's
-- triggers (that needs ownership).
--
-- Once per cluster (choose the passwords; the app role gets no other attributes):
--   CREATE ROLE uplift_owner LOGIN PASSWORD '…';
--   CREATE ROLE uplift_app LOGIN PASSWORD '…';
--   CREATE DATABASE uplift OWNER uplift_owner;
-- Then, for every release:
--   DATABASE_URL=postgres://uplift_owner:…@db/uplift npm run db:migrate
--   psql "postgres://postgres@db/uplift" -v owner_role=uplift_owner -v app_role=uplift_app -f server/sql/production-roles.sql
--   start the server with DATABASE_URL=postgres://uplift_app:…@db/uplift
-- Run it as a superuser (or the owner) connected to the Uplift database. It is safe to re-run.

\set ON_ERROR_STOP on
SELECT current_database() AS db \gset

-- only the two roles connect; nobody else creates objects in the schema
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"owner_role", :"app_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO :"owner_role";
GRANT USAGE ON SCHEMA public TO :"app_role";

-- business tables: read and write rows, never change their structure
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
-- and the same for tables and sequences a later migration (run as the owner) creates
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";

-- the audit trail: append and read only
REVOKE ALL ON TABLE audit_trail FROM :"app_role";
GRANT SELECT, INSERT ON TABLE audit_trail TO :"app_role";

-- the migration journal (schema "drizzle"): the app reads which migration is applied (health)
GRANT USAGE ON SCHEMA drizzle TO :"app_role";
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO :"app_role";

-- what the app role ended up owning: must be no rows
SELECT n.nspname AS schema, c.relname AS owned_by_app_role
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = :'app_role');
