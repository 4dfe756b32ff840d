-- Accounts: when the credentials last changed (open sessions end), where the account comes from
-- (the portal's own, or the city's directory), single-use links to set a password; leases for
-- scheduled work shared by all servers.

alter table portal_user add column credentials_changed_at timestamp with time zone;
alter table portal_user add column source varchar(20) default 'PORTAL' not null;

create table account_token (
    id           bigint       not null primary key,
    version      bigint       not null,
    user_id      bigint       not null,
    purpose      varchar(20)  not null,
    token_hash   varchar(64)  not null,
    created_by   varchar(80)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    constraint uk_account_token_hash unique (token_hash),
    constraint fk_account_token_user foreign key (user_id) references portal_user (id) on delete cascade
);
create index ix_account_token_user on account_token (user_id);

create table work_lease (
    name         varchar(60)  not null primary key,
    holder       varchar(80),
    held_until   timestamp with time zone not null
);
