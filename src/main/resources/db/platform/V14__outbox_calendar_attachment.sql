-- A mail may carry one calendar invitation (text/calendar; method REQUEST or CANCEL).
alter table outbox_message add column calendar text;
alter table outbox_message add column calendar_method varchar(20);
