-- An offer may cover its request and the following open occurrences of the request's series:
-- accepting it books every occurrence that fits the interpreter.
alter table offer add column covers_following boolean default false not null;
