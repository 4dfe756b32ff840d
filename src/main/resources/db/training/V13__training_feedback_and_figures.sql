-- Anonymous feedback: that a registration has answered is kept apart from the answer; an answer
-- names the session and the day, never a person, an account or a finer time.
create table training_feedback_given (
    registration_id  bigint not null primary key,
    constraint fk_training_feedback_given_registration foreign key (registration_id) references training_registration (id)
);

create table training_feedback (
    id             bigint        not null primary key,
    version        bigint        not null,
    session_id     bigint        not null,
    answered_on    date          not null,
    content        integer       not null,
    trainer        integer       not null,
    organisation   integer       not null,
    usefulness     integer       not null,
    free_text      varchar(4000),
    constraint fk_training_feedback_session foreign key (session_id) references training_session (id),
    constraint ck_training_feedback_ratings check (content between 1 and 5 and trainer between 1 and 5
        and organisation between 1 and 5 and usefulness between 1 and 5)
);
create index ix_training_feedback_session on training_feedback (session_id);

-- Headcount of each department per year: the base of the share of staff trained.
create table department_headcount (
    department_id  bigint  not null,
    census_year    integer not null,
    headcount      integer not null,
    constraint pk_department_headcount primary key (department_id, census_year),
    constraint fk_department_headcount_department foreign key (department_id) references department (id),
    constraint ck_department_headcount check (headcount >= 0)
);

-- Reminders a week and a day before, each sent once.
alter table training_registration add column reminded_week boolean default false not null;
alter table training_registration add column reminded_day boolean default false not null;

-- Each person's calendar feed of confirmed sessions: only the hash of the secret link's token.
create table training_calendar_feed (
    username    varchar(80) not null primary key,
    token_hash  varchar(64) not null,
    constraint uk_training_calendar_feed_token unique (token_hash)
);
