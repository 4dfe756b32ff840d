-- Requests from clients without an account (public forms, checks) counted per scope and client, in
-- the database, so that a limit holds across all server nodes. The client is stored as a
-- hash of its address, never the address itself; rows older than a day are deleted.
create table request_hit (
    scope       varchar(40)  not null,
    client      varchar(64)  not null,
    arrived_at  timestamp    not null
);
create index ix_request_hit_client on request_hit (scope, client, arrived_at);
create index ix_request_hit_arrived on request_hit (arrived_at);
