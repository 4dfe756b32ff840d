-- The audit log's retention job: removes entries older than the retention period, as the audit
-- table's owner (see protect-audit.sql). The portal never deletes audit entries itself.
--
-- Run it as a superuser (or a member of miadoki_audit) in the portal's database, e.g. nightly
-- from IT's scheduler; the period here is two years, change it to the agency's rule:
--
--   psql -U postgres -d miadoki -f server-config/postgresql/audit-retention.sql

SET ROLE miadoki_audit;
SELECT miadoki_audit_log.audit_entry_forget(now() - interval '2 years') AS removed_entries;
RESET ROLE;
