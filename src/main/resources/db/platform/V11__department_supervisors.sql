-- Platform: who leads a department (supervisors and their deputies), kept with the department.

-- Supervisors and deputies approve, for example, their staff's training registrations.
create table department_supervisor (
    department_id  bigint      not null,
    username       varchar(80) not null,
    deputy         boolean     not null,
    constraint pk_department_supervisor primary key (department_id, username),
    constraint fk_department_supervisor_department foreign key (department_id) references department (id)
);
create index ix_department_supervisor_username on department_supervisor (username);
