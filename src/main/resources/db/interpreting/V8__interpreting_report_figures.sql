-- Figures the pool reports sum up in the database: minutes booked and held, and the lead time
-- from the request to the assignment
alter table assignment add column booked_minutes integer default 0 not null;
alter table assignment add column actual_minutes integer;
alter table assignment add column lead_minutes integer default 0 not null;

update assignment set booked_minutes = cast(extract(epoch from (ends_at - starts_at)) / 60 as integer);
update assignment set actual_minutes = cast(extract(epoch from (actual_end - actual_start)) / 60 as integer)
    where actual_start is not null;
update assignment set lead_minutes = (select cast(extract(epoch from (assignment.created_at - r.created_at)) / 60 as integer)
    from interpreter_request r where r.id = assignment.request_id);
