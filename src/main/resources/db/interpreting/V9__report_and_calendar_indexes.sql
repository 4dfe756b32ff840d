-- The calendar and the reports read assignments and statement lines by their time; with these
-- indexes they read the chosen period only, not the whole history (found by the benchmark)
create index ix_assignment_starts on assignment (starts_at);
create index ix_pay_statement_line_appointment on pay_statement_line (appointment);
