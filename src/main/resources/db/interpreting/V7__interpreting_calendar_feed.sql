-- Each interpreter's calendar feed is reached through a secret link; only its hash is stored
alter table interpreter add column calendar_token_hash varchar(64);
create unique index ux_interpreter_calendar_token on interpreter (calendar_token_hash);
