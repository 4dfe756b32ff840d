-- Awards: programmes (editions of an award) with categories, prize places, criteria and jury;
-- nominations with attachments, eligibility and consents; the jury's declarations and scores.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.

create table award_programme (
    id                 bigint         not null primary key,
    version            bigint         not null,
    award_type         varchar(30)    not null,
    edition_year       integer        not null,
    title              varchar(200)   not null,
    nomination_opens   date           not null,
    nomination_closes  date           not null,
    prize_money        numeric(12, 2) not null,
    status             varchar(20)    not null,
    normalised         boolean        not null,
    scores_released    boolean        not null,
    decided_at         timestamp,
    published_at       timestamp,
    constraint uk_award_programme_edition unique (award_type, edition_year),
    constraint ck_award_programme_period check (nomination_closes >= nomination_opens),
    constraint ck_award_programme_money check (prize_money >= 0)
);

create table award_category (
    id            bigint       not null primary key,
    version       bigint       not null,
    programme_id  bigint       not null,
    name          varchar(200) not null,
    position      integer      not null,
    constraint fk_award_category_programme foreign key (programme_id) references award_programme (id),
    constraint uk_award_category_name unique (programme_id, name)
);

-- A prize place of a category; its amount is the decided split, not_awarded a place left empty.
create table award_place (
    id           bigint         not null primary key,
    version      bigint         not null,
    category_id  bigint         not null,
    place_rank   integer        not null,
    amount       numeric(12, 2) not null,
    not_awarded  boolean        not null,
    constraint fk_award_place_category foreign key (category_id) references award_category (id),
    constraint uk_award_place_rank unique (category_id, place_rank),
    constraint ck_award_place_amount check (amount >= 0)
);

create table award_criterion (
    id            bigint       not null primary key,
    version       bigint       not null,
    programme_id  bigint       not null,
    name          varchar(200) not null,
    weight        integer      not null,
    position      integer      not null,
    constraint fk_award_criterion_programme foreign key (programme_id) references award_programme (id),
    constraint ck_award_criterion_weight check (weight between 1 and 10)
);

create table award_juror (
    id            bigint       not null primary key,
    version       bigint       not null,
    programme_id  bigint       not null,
    username      varchar(80)  not null,
    display_name  varchar(200) not null,
    chair         boolean      not null,
    constraint fk_award_juror_programme foreign key (programme_id) references award_programme (id),
    constraint uk_award_juror unique (programme_id, username)
);
create index ix_award_juror_username on award_juror (username);

create sequence award_receipt_seq start with 1 increment by 1;

-- migration_history is special-category data (Art. 9 GDPR), asked only for the
-- Wirtschaftspreis and shown to the award manager alone.
create table award_nomination (
    id                      bigint        not null primary key,
    version                 bigint        not null,
    programme_id            bigint        not null,
    category_id             bigint        not null,
    receipt_number          varchar(30)   not null,
    nominee_kind            varchar(20)   not null,
    nominee_name            varchar(200)  not null,
    nominee_key             varchar(200)  not null,
    nominee_organisation    varchar(200),
    nominee_email           varchar(254),
    nominee_address         varchar(500),
    nominator_name          varchar(200)  not null,
    nominator_email         varchar(254)  not null,
    nominator_organisation  varchar(200),
    justification           varchar(8000) not null,
    city_connection         varchar(1000) not null,
    migration_history       varchar(20),
    status                  varchar(20)   not null,
    ineligible_reason       varchar(1000),
    submitted_by            varchar(80),
    submitted_at            timestamp     not null,
    informed_at             timestamp,
    informed_how            varchar(20),
    jury_consent_at         timestamp,
    publication_consent_at  timestamp,
    consent_withdrawn_at    timestamp,
    place_id                bigint,
    constraint fk_award_nomination_programme foreign key (programme_id) references award_programme (id),
    constraint fk_award_nomination_category foreign key (category_id) references award_category (id),
    constraint fk_award_nomination_place foreign key (place_id) references award_place (id),
    constraint uk_award_nomination_receipt unique (receipt_number)
);
create index ix_award_nomination_programme on award_nomination (programme_id, status);
create index ix_award_nomination_submitted on award_nomination (submitted_at);
create index ix_award_nomination_nominee on award_nomination (nominee_key);

-- Files in the database: every server node sees them, none lies under the web root.
create table award_attachment (
    id             bigint       not null primary key,
    version        bigint       not null,
    nomination_id  bigint       not null,
    file_name      varchar(120) not null,
    content_type   varchar(40)  not null,
    size_bytes     integer      not null,
    sha256         varchar(64)  not null,
    content        bytea        not null,
    constraint fk_award_attachment_nomination foreign key (nomination_id) references award_nomination (id)
);
create index ix_award_attachment_nomination on award_attachment (nomination_id);

-- Jurors assigned to one nomination; a nomination without rows here goes to the whole jury.
create table award_assignment (
    nomination_id  bigint not null,
    juror_id       bigint not null,
    constraint pk_award_assignment primary key (nomination_id, juror_id),
    constraint fk_award_assignment_nomination foreign key (nomination_id) references award_nomination (id),
    constraint fk_award_assignment_juror foreign key (juror_id) references award_juror (id)
);

create table award_declaration (
    id             bigint        not null primary key,
    version        bigint        not null,
    nomination_id  bigint        not null,
    juror_id       bigint        not null,
    conflict       boolean       not null,
    reason         varchar(1000),
    declared_at    timestamp     not null,
    constraint fk_award_declaration_nomination foreign key (nomination_id) references award_nomination (id),
    constraint fk_award_declaration_juror foreign key (juror_id) references award_juror (id),
    constraint uk_award_declaration unique (nomination_id, juror_id)
);
create index ix_award_declaration_juror on award_declaration (juror_id);

create table award_scorecard (
    id             bigint    not null primary key,
    version        bigint    not null,
    nomination_id  bigint    not null,
    juror_id       bigint    not null,
    submitted_at   timestamp,
    constraint fk_award_scorecard_nomination foreign key (nomination_id) references award_nomination (id),
    constraint fk_award_scorecard_juror foreign key (juror_id) references award_juror (id),
    constraint uk_award_scorecard unique (nomination_id, juror_id)
);
create index ix_award_scorecard_juror on award_scorecard (juror_id);

create table award_score (
    scorecard_id   bigint        not null,
    criterion_id   bigint        not null,
    score          integer       not null,
    comment        varchar(2000),
    constraint pk_award_score primary key (scorecard_id, criterion_id),
    constraint fk_award_score_scorecard foreign key (scorecard_id) references award_scorecard (id),
    constraint fk_award_score_criterion foreign key (criterion_id) references award_criterion (id),
    constraint ck_award_score_range check (score between 0 and 10)
);
