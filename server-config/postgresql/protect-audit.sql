-- Gives the audit log to an owner role of its own, in a schema of its own, so that the portal
-- cannot erase it.
--
-- Run it as a PostgreSQL superuser in the portal's database, once the portal has started for the
-- first time (its migrations create the table audit_entry), then restart the portal (its
-- connections take the new search path), for example:
--
--   psql -U postgres -d miadoki -f server-config/postgresql/protect-audit.sql
--
-- Afterwards the table lives in the schema miadoki_audit_log, which the NOLOGIN role
-- miadoki_audit owns. The portal's role "miadoki" may only add entries and read them: no UPDATE,
-- DELETE, TRUNCATE, ALTER or DROP (it owns neither the table nor its schema), and it cannot grant
-- itself more. Old entries are removed only by the owner's retention job (audit-retention.sql).
-- Running the script again changes nothing. Plain SQL, without psql variables.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'miadoki_audit') THEN
    CREATE ROLE miadoki_audit NOLOGIN;
  END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS miadoki_audit_log AUTHORIZATION miadoki_audit;

-- the table and its trigger function move out of the portal's schema (once)
DO $$
BEGIN
  IF to_regclass(format('%I.audit_entry', current_schema())) IS NOT NULL THEN
    EXECUTE format('ALTER TABLE %I.audit_entry SET SCHEMA miadoki_audit_log', current_schema());
  END IF;
  IF to_regprocedure(format('%I.audit_entry_refuse_change()', current_schema())) IS NOT NULL THEN
    EXECUTE format(
        'ALTER FUNCTION %I.audit_entry_refuse_change() SET SCHEMA miadoki_audit_log',
        current_schema());
  END IF;
END
$$;

-- The append-only rule, now with one exception: the owner's retention job may delete.
CREATE OR REPLACE FUNCTION miadoki_audit_log.audit_entry_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_user = 'miadoki_audit' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

-- Removes the entries that occurred before the given time; only the owner may run it.
CREATE OR REPLACE FUNCTION miadoki_audit_log.audit_entry_forget(before timestamptz)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = miadoki_audit_log AS $$
DECLARE
  removed bigint;
BEGIN
  DELETE FROM audit_entry WHERE occurred_at < before;
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END;
$$;

ALTER TABLE miadoki_audit_log.audit_entry OWNER TO miadoki_audit;
ALTER FUNCTION miadoki_audit_log.audit_entry_refuse_change() OWNER TO miadoki_audit;
ALTER FUNCTION miadoki_audit_log.audit_entry_forget(timestamptz) OWNER TO miadoki_audit;
REVOKE ALL ON FUNCTION miadoki_audit_log.audit_entry_forget(timestamptz) FROM PUBLIC;
REVOKE ALL ON miadoki_audit_log.audit_entry FROM miadoki;
GRANT USAGE ON SCHEMA miadoki_audit_log TO miadoki;
GRANT SELECT, INSERT ON miadoki_audit_log.audit_entry TO miadoki;

-- the portal finds the table by its unqualified name
ALTER ROLE miadoki SET search_path TO "$user", public, miadoki_audit_log;
