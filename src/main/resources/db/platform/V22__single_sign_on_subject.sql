-- Single sign-on: an account is matched on the provider's subject (the "sub" claim, which never
-- changes for a person), linked at the first sign-in, not on a user name the person may be able
-- to change at the provider.
alter table portal_user add column sso_subject varchar(255);
create unique index ux_portal_user_sso_subject on portal_user (sso_subject);
