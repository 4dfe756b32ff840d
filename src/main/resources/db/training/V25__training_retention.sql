-- Retention in the trainings: a year's statistics are kept before the registrations of its
-- sessions are deleted, so that the statistics show the same figures afterwards. A sealed year is
-- read from here only. People are counted once per department, course and year (as the statistics
-- count them), so the figures are kept per year, not per month.
create table training_year_department (
    census_year    integer not null,
    department_id  bigint  not null,
    trained        integer not null,
    partial        integer not null,
    constraint pk_training_year_department primary key (census_year, department_id),
    constraint fk_training_year_department foreign key (department_id) references department (id)
);

create table training_year_course (
    census_year  integer not null,
    course_id    bigint  not null,
    trained      integer not null,
    partial      integer not null,
    constraint pk_training_year_course primary key (census_year, course_id),
    constraint fk_training_year_course foreign key (course_id) references training_course (id)
);

create table training_sealed_year (
    census_year  integer not null primary key,
    trained      integer not null,
    sealed_at    timestamp with time zone not null
);
