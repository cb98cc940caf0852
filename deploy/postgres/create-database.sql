-- MAPLE on PostgreSQL: the database, an owner role that nobody logs in as, and the application
-- role MAPLE connects with. Run once, as a superuser (or a role with CREATEROLE and CREATEDB):
--
--   psql -v ON_ERROR_STOP=1 -v app_password="'…'" -f deploy/postgres/create-database.sql
--   (or deploy/postgres/create-database.sh, which asks for the password and checks the result)
--
-- Least privilege:
--   maple_owner  owns the database; NOLOGIN: nobody connects as it.
--   maple        the application role (MAPLE_DB_USER). LOGIN, no superuser, no CREATEDB, no
--                CREATEROLE. It may connect to this database only, and may create objects only in
--                its own schema "maple" - because MAPLE runs its Flyway migrations at start with
--                this role, it owns the tables those migrations create, and nothing else.
--   PUBLIC       loses CONNECT on the database and CREATE on schema public.
--
-- Names can be changed with psql variables: -v db=maple -v app_role=maple -v owner_role=maple_owner
\set ON_ERROR_STOP on
\if :{?db}
\else
  \set db maple
\endif
\if :{?app_role}
\else
  \set app_role maple
\endif
\if :{?owner_role}
\else
  \set owner_role maple_owner
\endif
\if :{?app_password}
\else
  \echo 'set the application password: -v app_password="'"'"'secret'"'"'"  (quoted as an SQL literal)'
  \quit
\endif

SELECT format('CREATE ROLE %I NOLOGIN', :'owner_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner_role') \gexec

SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', :'app_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_role') \gexec
ALTER ROLE :"app_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :app_password;
-- a runaway query or a forgotten transaction must not hold the cluster lock for ever
ALTER ROLE :"app_role" SET statement_timeout = '5min';
ALTER ROLE :"app_role" SET idle_in_transaction_session_timeout = '10min';

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner_role', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec

REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app_role";

\connect :"db"
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- the application's own schema; "$user" is first on PostgreSQL's default search_path, so MAPLE
-- (and Flyway) use it without any further setting
SELECT format('CREATE SCHEMA %I AUTHORIZATION %I', :'app_role', :'app_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = :'app_role') \gexec
ALTER ROLE :"app_role" IN DATABASE :"db" SET search_path = :"app_role";
