-- Client references compared without regard to case, spaces and hyphens: the key is stored next to
-- the reference as typed, and every comparison uses the key.
alter table interpreter_request add column client_key varchar(40);
update interpreter_request
   set client_key = upper(replace(replace(client_reference, ' ', ''), '-', ''));
alter table interpreter_request alter column client_key set not null;
create index ix_request_client_key on interpreter_request (client_key);

alter table client_preference add column client_key varchar(40);
update client_preference
   set client_key = upper(replace(replace(client_reference, ' ', ''), '-', ''));
alter table client_preference alter column client_key set not null;
create index ix_client_preference_key on client_preference (department_id, client_key);

-- When the coordinators were told that a request is still unstaffed shortly before it starts,
-- so that they are told once.
alter table interpreter_request add column unstaffed_notice_at timestamp with time zone;

-- The ranking's fairness counts each interpreter's offers of the last 30 days.
create index ix_offer_interpreter_sent on offer (interpreter_id, sent_at);
