-- Retention: how long each kind of record is kept, as ADMIN set it (a kind without a row keeps
-- its module's default), and one row per day the nightly deletion ran, so that it runs once a
-- day however many servers share the database.
create table retention_period (
    id           bigint       not null primary key,
    version      bigint       not null,
    record_type  varchar(60)  not null,
    months       integer      not null,
    changed_by   varchar(80)  not null,
    changed_at   timestamp with time zone not null,
    constraint uk_retention_period_type unique (record_type),
    constraint ck_retention_period_months check (months >= 0)
);

create table retention_run (
    run_day      date          not null primary key,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    started_by   varchar(80)   not null,
    summary      varchar(2000)
);
