-- Interpreter pool, part 2: interpreters, requests with their history, assignments.

create table interpreter (
    id                      bigint       not null primary key,
    version                 bigint       not null,
    username                varchar(80),
    first_name              varchar(100) not null,
    last_name               varchar(100) not null,
    email                   varchar(254) not null,
    phone                   varchar(40),
    home_district           varchar(30)  not null,
    max_travel_km           integer      not null,
    gender                  varchar(10)  not null,
    qualification           varchar(20)  not null,
    status                  varchar(20)  not null,
    good_conduct_date       date,
    confidentiality_signed  boolean      not null,
    data_secrecy_signed     boolean      not null,
    induction_done          boolean      not null,
    created_at              timestamp with time zone not null,
    constraint uk_interpreter_username unique (username)
);
create index ix_interpreter_status on interpreter (status);

create table interpreter_field (
    interpreter_id  bigint      not null,
    field           varchar(30) not null,
    constraint pk_interpreter_field primary key (interpreter_id, field),
    constraint fk_interpreter_field foreign key (interpreter_id) references interpreter (id) on delete cascade
);

create table interpreter_mode (
    interpreter_id  bigint      not null,
    mode            varchar(10) not null,
    constraint pk_interpreter_mode primary key (interpreter_id, mode),
    constraint fk_interpreter_mode foreign key (interpreter_id) references interpreter (id) on delete cascade
);

create table interpreter_language (
    id              bigint       not null primary key,
    version         bigint       not null,
    interpreter_id  bigint      not null,
    language_id     bigint      not null,
    variety_id      bigint,
    level           varchar(10) not null,
    constraint fk_interpreter_language foreign key (interpreter_id) references interpreter (id) on delete cascade,
    constraint fk_interpreter_language_language foreign key (language_id) references language (id),
    constraint fk_interpreter_language_variety foreign key (variety_id) references language_variety (id)
);
create index ix_interpreter_language on interpreter_language (language_id, interpreter_id);
create index ix_interpreter_language_owner on interpreter_language (interpreter_id);

create table interpreter_availability (
    id              bigint       not null primary key,
    version         bigint       not null,
    interpreter_id  bigint      not null,
    day_of_week     varchar(10) not null,
    start_time      time        not null,
    end_time        time        not null,
    constraint fk_interpreter_availability foreign key (interpreter_id) references interpreter (id) on delete cascade
);
create index ix_interpreter_availability on interpreter_availability (interpreter_id);

create table interpreter_absence (
    id              bigint       not null primary key,
    version         bigint       not null,
    interpreter_id  bigint       not null,
    starts_at       timestamp    not null,
    ends_at         timestamp    not null,
    note            varchar(200),
    constraint fk_interpreter_absence foreign key (interpreter_id) references interpreter (id) on delete cascade
);
create index ix_interpreter_absence on interpreter_absence (interpreter_id, starts_at);

create table interpreter_request (
    id                     bigint        not null primary key,
    version                bigint        not null,
    department_id          bigint        not null,
    requester              varchar(80)   not null,
    language_id            bigint        not null,
    variety_id             bigint,
    starts_at              timestamp     not null,
    ends_at                timestamp     not null,
    alternative_starts_at  timestamp,
    mode                   varchar(10)   not null,
    address                varchar(300),
    district               varchar(30),
    meeting_point          varchar(300),
    onsite_contact         varchar(200),
    kind                   varchar(40)   not null,
    field                  varchar(30)   not null,
    topic                  varchar(300),
    client_reference       varchar(40)   not null,
    client_gender          varchar(10),
    gender_requirement     varchar(10)   not null,
    interpreter_gender     varchar(10),
    urgent                 boolean       not null,
    urgency_reason         varchar(500),
    funding_source_id      bigint        not null,
    notes                  varchar(2000),
    status                 varchar(20)   not null,
    series_id              bigint,
    series_index           integer,
    created_at             timestamp with time zone not null,
    constraint fk_request_department foreign key (department_id) references department (id),
    constraint fk_request_language foreign key (language_id) references language (id),
    constraint fk_request_variety foreign key (variety_id) references language_variety (id),
    constraint fk_request_funding foreign key (funding_source_id) references funding_source (id),
    constraint ck_request_time check (ends_at > starts_at)
);
create index ix_request_department_start on interpreter_request (department_id, starts_at);
create index ix_request_status_start on interpreter_request (status, starts_at);
create index ix_request_start on interpreter_request (starts_at);
create index ix_request_client on interpreter_request (client_reference);
create index ix_request_series on interpreter_request (series_id);

create table request_status_change (
    id           bigint       not null primary key,
    request_id   bigint       not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    actor        varchar(80)  not null,
    changed_at   timestamp with time zone not null,
    note         varchar(500),
    constraint fk_status_change_request foreign key (request_id) references interpreter_request (id)
);
create index ix_status_change_request on request_status_change (request_id, changed_at);

create table assignment (
    id              bigint       not null primary key,
    version         bigint       not null,
    request_id      bigint       not null,
    interpreter_id  bigint       not null,
    starts_at       timestamp    not null,
    ends_at         timestamp    not null,
    active          boolean      not null,
    created_by      varchar(80)  not null,
    created_at      timestamp with time zone not null,
    ended_reason    varchar(200),
    constraint fk_assignment_request foreign key (request_id) references interpreter_request (id),
    constraint fk_assignment_interpreter foreign key (interpreter_id) references interpreter (id),
    constraint ck_assignment_time check (ends_at > starts_at)
);
create index ix_assignment_interpreter_time on assignment (interpreter_id, starts_at);
create index ix_assignment_request on assignment (request_id);

create table client_preference (
    id                bigint       not null primary key,
    version           bigint       not null,
    department_id     bigint       not null,
    client_reference  varchar(40)  not null,
    interpreter_id    bigint       not null,
    kind              varchar(15)  not null,
    constraint uk_client_preference unique (department_id, client_reference, interpreter_id),
    constraint fk_client_preference_department foreign key (department_id) references department (id),
    constraint fk_client_preference_interpreter foreign key (interpreter_id) references interpreter (id)
);
