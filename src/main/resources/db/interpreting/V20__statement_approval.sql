-- Four eyes: a statement becomes payable only once a second coordinator, not the one who issued
-- it, approves it.
alter table pay_statement add column approved_at timestamp with time zone;
alter table pay_statement add column approved_by varchar(80);
