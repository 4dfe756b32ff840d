-- Pay the finance office accepts: each interpreter is engaged either as a volunteer with an expense
-- allowance or fee-paid, and each engagement has its own rate schemes; bank details (account holder
-- and IBAN) or the creditor number the city's finance office gave; the tax-free allowance and the
-- city's paying account as part of the pool's rules; and payment runs that pay approved statements
-- once.
alter table interpreter add column engagement varchar(20) default 'VOLUNTEER' not null;
alter table interpreter add column account_holder varchar(70);
alter table interpreter add column iban varchar(34);
alter table interpreter add column creditor_number varchar(20);

alter table rate_scheme add column engagement varchar(20) default 'VOLUNTEER' not null;
alter table rate_scheme drop constraint uq_rate_scheme_valid_from;
alter table rate_scheme add constraint uq_rate_scheme_engagement_day unique (engagement, valid_from);
-- fee-paid interpreters: EUR 45 for the first hour, EUR 40 for every further started hour on site
insert into rate_scheme (id, version, valid_from, name, first_block_minutes, on_site_first_block,
    on_site_further_hour, remote_first_block, remote_further_hour, near_km, near_travel, middle_km,
    middle_travel, far_travel, created_by, engagement)
  values (900002, 0, date '2020-01-01', 'Honorar 2020', 60, 45.00, 40.00, 40.00, 35.00, 10, 8.00,
    25, 15.00, 25.00, 'system', 'FEE_PAID');

alter table pool_rule_set add column tax_free_allowance numeric(8,2) default 840.00 not null;
alter table pool_rule_set add column allowance_warning_percent integer default 80 not null;
alter table pool_rule_set add column payer_name varchar(70);
alter table pool_rule_set add column payer_iban varchar(34);
alter table pool_rule_set add column payer_bic varchar(11);

create table payment_run (
    id              bigint         not null primary key,
    version         bigint         not null,
    statement_month date           not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(80)    not null,
    transfers       integer        not null,
    total           numeric(12,2)  not null,
    payer_name      varchar(70)    not null,
    payer_iban      varchar(34)    not null,
    payer_bic       varchar(11)
);
create index ix_payment_run_month on payment_run (statement_month);

-- a statement is paid by one run at most
alter table pay_statement add column payment_run_id bigint;
alter table pay_statement add constraint fk_pay_statement_run foreign key (payment_run_id)
    references payment_run (id);
create index ix_pay_statement_run on pay_statement (payment_run_id);
