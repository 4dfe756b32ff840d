-- The pool's rules as the coordinators keep them: each saved version is a row (never changed), with
-- the lowest qualification per field of work and the refused kinds of appointment. Without any row
-- the portal applies its built-in standard rules.
create table pool_rule_set (
    id                 bigint       not null primary key,
    version            bigint       not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(80)  not null,
    lead_working_days  integer      not null,
    note               varchar(500),
    -- the version this one replaces (0 for the first): unique, so that of two coordinators who
    -- changed the same version only the first is saved and the second hears of it
    replaces           bigint       not null,
    constraint uq_pool_rule_set_replaces unique (replaces)
);

create table pool_rule_qualification (
    rule_set_id    bigint      not null,
    field          varchar(30) not null,
    qualification  varchar(30) not null,
    constraint pk_pool_rule_qualification primary key (rule_set_id, field),
    constraint fk_pool_rule_qualification foreign key (rule_set_id) references pool_rule_set (id)
);

create table pool_rule_refused_kind (
    rule_set_id  bigint      not null,
    kind         varchar(40) not null,
    constraint pk_pool_rule_refused_kind primary key (rule_set_id, kind),
    constraint fk_pool_rule_refused_kind foreign key (rule_set_id) references pool_rule_set (id)
);
