-- The audit log is append-only: the database itself refuses to change or delete an entry.
create function audit_entry_refuse_change() returns trigger as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$ language plpgsql;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
