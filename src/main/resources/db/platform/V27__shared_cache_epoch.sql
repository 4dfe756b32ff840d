-- Master data (departments, languages, funding sources) sit in each server's shared cache. Every
-- change to them counts this epoch up in its own transaction; each server compares the epoch
-- before a request and forgets its shared cache when another server changed something.
create table cache_epoch (
    name   varchar(60) not null primary key,
    epoch  bigint      not null
);
insert into cache_epoch (name, epoch) values ('shared', 0);
