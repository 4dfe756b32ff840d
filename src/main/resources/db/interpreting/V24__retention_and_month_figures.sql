-- Retention in the pool.
--
-- The day an interpreter left: the retention of the profile and of the certificate of good conduct
-- counts from it (those who left before this version count from today). Anonymised profiles keep
-- their row for the statements that name them.
alter table interpreter add column left_on date;
alter table interpreter add column anonymised_on date;
update interpreter set left_on = current_date where status = 'LEFT';

-- A statement line is an accounting document that outlives the request it paid for: it keeps the
-- department, funding source and language of its assignment, and the assignment's id without a
-- foreign key, so that the request's retention can delete the request and its assignments.
alter table pay_statement_line add column department_id bigint;
alter table pay_statement_line add column funding_source_id bigint;
alter table pay_statement_line add column language_id bigint;
update pay_statement_line set
    department_id = (select r.department_id from assignment a join interpreter_request r on r.id = a.request_id
                      where a.id = pay_statement_line.assignment_id),
    funding_source_id = (select r.funding_source_id from assignment a join interpreter_request r on r.id = a.request_id
                          where a.id = pay_statement_line.assignment_id),
    language_id = (select r.language_id from assignment a join interpreter_request r on r.id = a.request_id
                    where a.id = pay_statement_line.assignment_id);
alter table pay_statement_line alter column department_id set not null;
alter table pay_statement_line alter column funding_source_id set not null;
alter table pay_statement_line alter column language_id set not null;
alter table pay_statement_line add constraint fk_pay_statement_line_department
    foreign key (department_id) references department (id);
alter table pay_statement_line add constraint fk_pay_statement_line_funding
    foreign key (funding_source_id) references funding_source (id);
alter table pay_statement_line add constraint fk_pay_statement_line_language
    foreign key (language_id) references language (id);
alter table pay_statement_line drop constraint fk_pay_statement_line_assignment;

-- The pool's figures of a month whose requests were deleted, per language, department and funding
-- source: what the reports counted from the requests, kept so that every report shows the same
-- figures after the deletion. A sealed month is read from here only, never counted again.
create table pool_month_figures (
    month_start        date          not null,
    language_id        bigint        not null,
    department_id      bigint        not null,
    funding_source_id  bigint        not null,
    requests           integer       not null,
    filled             integer       not null,
    unfilled           integer       not null,
    held_minutes       bigint        not null,
    lead_minutes       bigint        not null,
    lead_count         integer       not null,
    cost               numeric(14,2) not null,
    constraint pk_pool_month_figures primary key (month_start, language_id, department_id, funding_source_id),
    constraint fk_pool_month_figures_language foreign key (language_id) references language (id),
    constraint fk_pool_month_figures_department foreign key (department_id) references department (id),
    constraint fk_pool_month_figures_funding foreign key (funding_source_id) references funding_source (id)
);

create table pool_sealed_month (
    month_start  date not null primary key,
    sealed_at    timestamp with time zone not null
);
