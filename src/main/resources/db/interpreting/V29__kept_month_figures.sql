-- The pool's figures of past months, kept so that the reports read a month's figures instead of
-- counting its requests again: per month the month's own figures (dimension MONTH, group 0) and
-- those of each language, department and funding source (one dimension at a time, as the reports
-- group them; all three together had nearly a row per request in a month of a large pool).
create table pool_kept_figures (
    month_start  date          not null,
    dimension    varchar(12)   not null,
    group_id     bigint        not null,
    requests     integer       not null,
    filled       integer       not null,
    unfilled     integer       not null,
    held_minutes bigint        not null,
    lead_minutes bigint        not null,
    lead_count   integer       not null,
    cost         numeric(14,2) not null,
    constraint pk_pool_kept_figures primary key (month_start, dimension, group_id)
);

-- the figures of the months sealed so far, carried over
insert into pool_kept_figures
    select month_start, 'MONTH', 0, sum(requests), sum(filled), sum(unfilled), sum(held_minutes),
           sum(lead_minutes), sum(lead_count), sum(cost)
    from pool_month_figures group by month_start;
insert into pool_kept_figures
    select month_start, 'LANGUAGE', language_id, sum(requests), sum(filled), sum(unfilled),
           sum(held_minutes), sum(lead_minutes), sum(lead_count), sum(cost)
    from pool_month_figures group by month_start, language_id;
insert into pool_kept_figures
    select month_start, 'DEPARTMENT', department_id, sum(requests), sum(filled), sum(unfilled),
           sum(held_minutes), sum(lead_minutes), sum(lead_count), sum(cost)
    from pool_month_figures group by month_start, department_id;
insert into pool_kept_figures
    select month_start, 'FUNDING', funding_source_id, sum(requests), sum(filled), sum(unfilled),
           sum(held_minutes), sum(lead_minutes), sum(lead_count), sum(cost)
    from pool_month_figures group by month_start, funding_source_id;
drop table pool_month_figures;

-- Which past months have kept figures. A month stays fresh until a request, an assignment or a
-- statement line of it is written; then it is counted from the requests again until its figures
-- are kept anew. A sealed month (its requests deleted by the retention) is always fresh: its
-- figures are all that is left of it.
create table pool_month_kept (
    month_start  date not null primary key,
    fresh        boolean not null,
    sealed       boolean not null,
    kept_at      timestamp with time zone not null
);

insert into pool_month_kept (month_start, fresh, sealed, kept_at)
    select month_start, true, true, sealed_at from pool_sealed_month;
