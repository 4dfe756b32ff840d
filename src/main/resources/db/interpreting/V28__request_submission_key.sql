-- The key of the form a request was booked with: the same form sent again (a repeat after a
-- server went away mid-request, a second click) finds the requests it already created instead
-- of booking them twice. Occurrences of one series share the key and differ in their start.
alter table interpreter_request add column submission_key varchar(36);
create unique index interpreter_request_submission on interpreter_request (submission_key, starts_at);
