-- No interpreter can hold two active assignments whose times overlap: the database refuses it,
-- whichever code path tries. btree_gist lets the exclusion constraint compare the interpreter id
-- with "=" next to the time range with "&&" (overlap of half-open ranges [start, end)).
create extension if not exists btree_gist;

alter table assignment
    add constraint ex_assignment_no_overlap
    exclude using gist (interpreter_id with =, tsrange(starts_at, ends_at, '[)') with &&)
    where (active);
