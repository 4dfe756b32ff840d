-- Platform: departments, accounts with roles, audit log, mail outbox.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.

create sequence entity_seq start with 50 increment by 50;

create table department (
    id           bigint       not null primary key,
    version      bigint       not null,
    name         varchar(200) not null,
    short_name   varchar(40)  not null,
    cost_centre  varchar(40)  not null,
    active       boolean      not null,
    constraint uk_department_short_name unique (short_name)
);

create table portal_user (
    id                bigint       not null primary key,
    version           bigint       not null,
    username          varchar(80)  not null,
    display_name      varchar(200) not null,
    email             varchar(254) not null,
    password_hash     varchar(400) not null,
    active            boolean      not null,
    locale            varchar(10)  not null,
    department_id     bigint,
    failed_logins     integer      not null,
    locked_until      timestamp with time zone,
    last_login        timestamp with time zone,
    created_at        timestamp with time zone not null,
    constraint uk_portal_user_username unique (username),
    constraint fk_portal_user_department foreign key (department_id) references department (id)
);
create index ix_portal_user_department on portal_user (department_id);

create table portal_user_role (
    user_id  bigint      not null,
    role     varchar(30) not null,
    constraint pk_portal_user_role primary key (user_id, role),
    constraint fk_portal_user_role_user foreign key (user_id) references portal_user (id) on delete cascade
);

-- Append-only: the application only inserts; PostgreSQL additionally refuses changes (V2).
create table audit_entry (
    id           bigint       not null primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(80)  not null,
    action       varchar(30)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(60),
    subject      varchar(80)
);
create index ix_audit_entry_occurred on audit_entry (occurred_at);
create index ix_audit_entry_actor on audit_entry (actor, occurred_at);
create index ix_audit_entry_subject on audit_entry (subject, occurred_at);
create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);

create table outbox_message (
    id              bigint        not null primary key,
    version         bigint        not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    sent_at         timestamp with time zone,
    last_error      varchar(1000)
);
create index ix_outbox_due on outbox_message (status, next_attempt_at);
