-- Past months whose figures are kept in pool_month_figures, so that the reports read a month's
-- figures instead of counting its requests again. A month stays fresh until a request, an
-- assignment or a statement line of it is written; then it is counted from the requests again
-- until its figures are kept anew. A sealed month (its requests deleted by the retention) is
-- always fresh: its figures are all that is left of it.
create table pool_month_kept (
    month_start  date not null primary key,
    fresh        boolean not null,
    sealed       boolean not null,
    kept_at      timestamp with time zone not null
);

insert into pool_month_kept (month_start, fresh, sealed, kept_at)
    select month_start, true, true, sealed_at from pool_sealed_month;
