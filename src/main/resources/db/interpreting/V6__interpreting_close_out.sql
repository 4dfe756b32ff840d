-- Close-out of assignments, rate schemes, monthly statements

create table rate_scheme (
    id                   bigint         not null primary key,
    version              bigint         not null,
    valid_from           date           not null,
    name                 varchar(100)   not null,
    first_block_minutes  integer        not null,
    on_site_first_block  numeric(8,2)   not null,
    on_site_further_hour numeric(8,2)   not null,
    remote_first_block   numeric(8,2)   not null,
    remote_further_hour  numeric(8,2)   not null,
    near_km              integer        not null,
    near_travel          numeric(8,2)   not null,
    middle_km            integer        not null,
    middle_travel        numeric(8,2)   not null,
    far_travel           numeric(8,2)   not null,
    created_by           varchar(80)    not null,
    constraint uq_rate_scheme_valid_from unique (valid_from),
    constraint ck_rate_scheme_bands check (first_block_minutes > 0 and near_km > 0 and middle_km > near_km)
);
insert into rate_scheme values (900001, 0, date '2020-01-01', 'Standard 2020', 120,
    25.00, 10.00, 20.00, 8.00, 10, 5.00, 25, 10.00, 15.00, 'system');

alter table assignment add column outcome varchar(30);
alter table assignment add column close_state varchar(20) default 'OPEN' not null;
alter table assignment add column actual_start timestamp;
alter table assignment add column actual_end timestamp;
alter table assignment add column travel_km integer;
alter table assignment add column reported_by varchar(80);
alter table assignment add column reported_at timestamp with time zone;
alter table assignment add column confirmed_by varchar(80);
alter table assignment add column confirmed_at timestamp with time zone;
alter table assignment add column dispute_reason varchar(500);
alter table assignment add column ended_at timestamp with time zone;
alter table assignment add column paid numeric(10,2);
alter table assignment add column pay_pending boolean default false not null;
alter table assignment add column reminded boolean default false not null;
alter table assignment add column overdue_notices integer default 0 not null;
create index ix_assignment_close_state on assignment (close_state, starts_at);
create index ix_assignment_pay_pending on assignment (pay_pending, starts_at);

create table pay_statement (
    id              bigint         not null primary key,
    version         bigint         not null,
    interpreter_id  bigint         not null,
    statement_month date           not null,
    issued_at       timestamp with time zone not null,
    issued_by       varchar(80)    not null,
    total           numeric(10,2)  not null,
    constraint fk_pay_statement_interpreter foreign key (interpreter_id) references interpreter (id),
    constraint uq_pay_statement_period unique (interpreter_id, statement_month)
);
create index ix_pay_statement_period on pay_statement (statement_month);

create table pay_statement_line (
    id              bigint         not null primary key,
    version         bigint         not null,
    statement_id    bigint         not null,
    assignment_id   bigint         not null,
    appointment     timestamp      not null,
    description     varchar(200)   not null,
    rule_key        varchar(60)    not null,
    minutes         integer        not null,
    time_amount     numeric(10,2)  not null,
    travel_amount   numeric(10,2)  not null,
    amount          numeric(10,2)  not null,
    correction      boolean        not null,
    constraint fk_pay_statement_line_statement foreign key (statement_id) references pay_statement (id),
    constraint fk_pay_statement_line_assignment foreign key (assignment_id) references assignment (id)
);
create index ix_pay_statement_line_statement on pay_statement_line (statement_id);
create index ix_pay_statement_line_assignment on pay_statement_line (assignment_id);
