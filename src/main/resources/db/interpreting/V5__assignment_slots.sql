-- The time an active assignment occupies, in five-minute blocks (start rounded down, end up). The
-- primary key refuses a second assignment of one interpreter in the same block on every database;
-- PostgreSQL additionally has the exact exclusion constraint ex_assignment_no_overlap.
create table assignment_slot (
    interpreter_id  bigint     not null,
    slot_start      timestamp  not null,
    assignment_id   bigint     not null,
    constraint pk_assignment_slot primary key (interpreter_id, slot_start),
    constraint fk_assignment_slot_interpreter foreign key (interpreter_id) references interpreter (id),
    constraint fk_assignment_slot_assignment foreign key (assignment_id) references assignment (id)
);
create index ix_assignment_slot_assignment on assignment_slot (assignment_id);

-- Assignments made before this migration hold no blocks; for them the application's checks under
-- the interpreter's row lock (and on PostgreSQL the exclusion constraint) still apply.
