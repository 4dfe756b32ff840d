-- Creates the login role and the database of the MIA-DO-KI Portal on PostgreSQL 15.
--
-- Run it once as a PostgreSQL superuser (or a role with CREATEROLE and CREATEDB), for example:
--
--   psql -U postgres -v password='the-db-password' -f server-config/postgresql/create-database.sql
--
-- The password is passed as the psql variable "password" and never stored in this file.
-- Tables are not created here: the portal migrates its own schema with Flyway at startup.
-- Since PostgreSQL 15 the schema "public" belongs to the database owner, so the role
-- "miadoki" may create its tables there without further grants.

\set ON_ERROR_STOP on

\if :{?password}
\else
  \echo 'The psql variable "password" is not set. Run: psql -v password=... -f create-database.sql'
  SELECT 'missing psql variable password'::integer;
\endif

CREATE ROLE miadoki LOGIN PASSWORD :'password';

-- template0 so that the UTF8 encoding is accepted whatever the encoding of template1 is.
-- The cluster's default locale must be compatible with UTF8 (any *.UTF-8 locale or C).
CREATE DATABASE miadoki OWNER miadoki ENCODING 'UTF8' TEMPLATE template0;
