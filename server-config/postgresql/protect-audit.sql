-- Gives the audit log to an owner role of its own, so that the portal cannot erase it.
--
-- Run it as a PostgreSQL superuser in the portal's database, once the portal has started for the
-- first time (its migrations create the table audit_entry), for example:
--
--   psql -U postgres -d miadoki -f server-config/postgresql/protect-audit.sql
--
-- Afterwards the portal's role "miadoki" may only add entries and read them: no UPDATE, DELETE,
-- TRUNCATE, ALTER or DROP, and it cannot grant itself more (it no longer owns the table). The
-- role "miadoki_audit" owns the table; nobody logs in as it. Old entries are removed only by the
-- owner's retention job (audit-retention.sql). Running this script again changes nothing.
-- Plain SQL (no psql variables), so that it runs the same from psql or a JDBC connection.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'miadoki_audit') THEN
    CREATE ROLE miadoki_audit NOLOGIN;
  END IF;
END
$$;

-- The append-only rule, now with one exception: the owner's retention job may delete.
CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_user = 'miadoki_audit' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

-- Removes the entries that occurred before the given time; only the owner may run it.
CREATE OR REPLACE FUNCTION audit_entry_forget(before timestamptz) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  removed bigint;
BEGIN
  DELETE FROM audit_entry WHERE occurred_at < before;
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END;
$$;

ALTER TABLE audit_entry OWNER TO miadoki_audit;
ALTER FUNCTION audit_entry_refuse_change() OWNER TO miadoki_audit;
ALTER FUNCTION audit_entry_forget(timestamptz) OWNER TO miadoki_audit;
REVOKE ALL ON FUNCTION audit_entry_forget(timestamptz) FROM PUBLIC;
REVOKE ALL ON audit_entry FROM miadoki;
GRANT SELECT, INSERT ON audit_entry TO miadoki;
