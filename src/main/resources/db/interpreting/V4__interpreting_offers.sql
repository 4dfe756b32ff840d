-- Offers of a request to interpreters, in tiers, with an expiry and a single-use answer link
create table offer (
    id              bigint       not null primary key,
    version         bigint       not null,
    request_id      bigint       not null,
    interpreter_id  bigint       not null,
    tier            integer      not null,
    status          varchar(20)  not null,
    release_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    token_hash      varchar(64),
    sent_at         timestamp with time zone,
    answered_at     timestamp with time zone,
    created_by      varchar(80)  not null,
    constraint fk_offer_request foreign key (request_id) references interpreter_request (id),
    constraint fk_offer_interpreter foreign key (interpreter_id) references interpreter (id),
    constraint uq_offer_token unique (token_hash),
    constraint ck_offer_tier check (tier between 1 and 2),
    constraint ck_offer_expiry check (expires_at > release_at)
);
create index ix_offer_request on offer (request_id);
create index ix_offer_interpreter_status on offer (interpreter_id, status);
create index ix_offer_status_release on offer (status, release_at);
create index ix_offer_status_expiry on offer (status, expires_at);
