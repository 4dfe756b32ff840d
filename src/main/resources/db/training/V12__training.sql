-- Trainings: catalogue, rooms, trainers, sessions with dated parts, registrations in arrival order,
-- attendance per part and certificates. Written in the SQL that H2 2.x and PostgreSQL 15 both accept.

create table training_course (
    id                  bigint        not null primary key,
    version             bigint        not null,
    title               varchar(200)  not null,
    description         varchar(4000) not null,
    topic               varchar(40)   not null,
    target_group        varchar(400)  not null,
    duration_minutes    integer       not null,
    min_participants    integer       not null,
    max_participants    integer       not null,
    reason_required     boolean       not null,
    approval_required   boolean       not null,
    active              boolean       not null,
    constraint ck_training_course_participants check (min_participants >= 1 and max_participants >= min_participants)
);

create table training_room (
    id          bigint       not null primary key,
    version     bigint       not null,
    name        varchar(200) not null,
    capacity    integer      not null,
    accessible  boolean      not null,
    active      boolean      not null,
    constraint uk_training_room_name unique (name)
);

create table trainer (
    id            bigint       not null primary key,
    version       bigint       not null,
    display_name  varchar(200) not null,
    email         varchar(254) not null,
    username      varchar(80),
    external      boolean      not null,
    active        boolean      not null,
    constraint uk_trainer_username unique (username)
);

create table training_session (
    id                     bigint        not null primary key,
    version                bigint        not null,
    course_id              bigint        not null,
    room_id                bigint,
    online_link            varchar(500),
    capacity               integer       not null,
    min_bookings           integer       not null,
    registration_deadline  timestamp     not null,
    status                 varchar(20)   not null,
    policy                 varchar(20)   not null,
    claim_hours            integer       not null,
    approval_required      boolean       not null,
    starts_at              timestamp     not null,
    ends_at                timestamp     not null,
    places_taken           integer       not null,
    calendar_sequence      integer       not null,
    minimum_warned         boolean       not null,
    constraint fk_training_session_course foreign key (course_id) references training_course (id),
    constraint fk_training_session_room foreign key (room_id) references training_room (id),
    constraint ck_training_session_capacity check (capacity >= 1 and min_bookings >= 0)
);
create index ix_training_session_starts on training_session (starts_at);
create index ix_training_session_course on training_session (course_id);

create table training_session_part (
    id          bigint    not null primary key,
    version     bigint    not null,
    session_id  bigint    not null,
    starts_at   timestamp not null,
    ends_at     timestamp not null,
    constraint fk_training_part_session foreign key (session_id) references training_session (id),
    constraint ck_training_part_order check (ends_at > starts_at)
);
create index ix_training_part_session on training_session_part (session_id);

create table training_session_trainer (
    session_id  bigint not null,
    trainer_id  bigint not null,
    constraint pk_training_session_trainer primary key (session_id, trainer_id),
    constraint fk_training_session_trainer_session foreign key (session_id) references training_session (id),
    constraint fk_training_session_trainer_trainer foreign key (trainer_id) references trainer (id)
);
create index ix_training_session_trainer_trainer on training_session_trainer (trainer_id);

-- The time a part of a session that is not cancelled occupies, per room and per trainer, in
-- five-minute blocks: the primary key refuses a second part in the same block of one room or one
-- trainer on every database, whatever the application checks before.
create table training_slot (
    resource    varchar(40) not null,
    slot_start  timestamp   not null,
    part_id     bigint      not null,
    constraint pk_training_slot primary key (resource, slot_start),
    constraint fk_training_slot_part foreign key (part_id) references training_session_part (id)
);
create index ix_training_slot_part on training_slot (part_id);

-- Places go in arrival order: the number comes from this sequence, taken under the session's lock.
create sequence training_registration_seq start with 1 increment by 1;

create table training_registration (
    id               bigint        not null primary key,
    version          bigint        not null,
    session_id       bigint        not null,
    username         varchar(80)   not null,
    person_name      varchar(200)  not null,
    department_id    bigint,
    arrival          bigint        not null,
    status           varchar(20)   not null,
    place_held       boolean       not null,
    reason           varchar(2000),
    registered_by    varchar(80)   not null,
    registered_at    timestamp with time zone not null,
    decided_by       varchar(80),
    decision_reason  varchar(2000),
    decided_at       timestamp with time zone,
    claim_until      timestamp with time zone,
    ended_at         timestamp with time zone,
    constraint fk_training_registration_session foreign key (session_id) references training_session (id),
    constraint fk_training_registration_department foreign key (department_id) references department (id),
    constraint uk_training_registration_person unique (session_id, username),
    constraint uk_training_registration_arrival unique (arrival)
);
create index ix_training_registration_username on training_registration (username);
create index ix_training_registration_status on training_registration (status, department_id);

create table training_attendance (
    id               bigint  not null primary key,
    version          bigint  not null,
    registration_id  bigint  not null,
    part_id          bigint  not null,
    present          boolean not null,
    constraint uk_training_attendance unique (registration_id, part_id),
    constraint fk_training_attendance_registration foreign key (registration_id) references training_registration (id),
    constraint fk_training_attendance_part foreign key (part_id) references training_session_part (id)
);

create table training_certificate (
    id               bigint       not null primary key,
    version          bigint       not null,
    registration_id  bigint       not null,
    code             varchar(40)  not null,
    person_name      varchar(200) not null,
    course_title     varchar(200) not null,
    held_from        date         not null,
    held_to          date         not null,
    partial          boolean      not null,
    issued_at        timestamp with time zone not null,
    revoked          boolean      not null,
    constraint fk_training_certificate_registration foreign key (registration_id) references training_registration (id),
    constraint uk_training_certificate_registration unique (registration_id),
    constraint uk_training_certificate_code unique (code)
);
