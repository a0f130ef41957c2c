-- Prepares your PostgreSQL for Arrears, once: one role and one database per stateful service, as ./arrears up
-- and docker-compose create them, with your own passwords (the same ones go into the services' Secrets).
-- Run it as a user that may create roles and databases, passing the passwords as psql variables:
--
--   psql "host=<host> user=postgres dbname=postgres" -v ON_ERROR_STOP=1 \
--     -v invoice_password=... -v dunning_password=... -v notification_password=... \
--     -f deploy/kubernetes/postgres/prepare-databases.sql
--
-- REPLICATION lets each service's Kafka Connect connector (or its embedded outbox relay) open a logical
-- replication slot on its own database; the server needs wal_level=logical. On Amazon RDS and Aurora the
-- attribute cannot be granted: drop "replication" below and run "grant rds_replication to <role>" for each
-- role instead.
-- Each role owns its database, so its Flyway migrations create the outbox table, publication and slot.
-- Revoking PUBLIC keeps every service (and every other user) out of the other services' databases.

create role invoice login replication password :'invoice_password';
create database invoice owner invoice;
revoke all on database invoice from public;

create role dunning login replication password :'dunning_password';
create database dunning owner dunning;
revoke all on database dunning from public;

create role notification login replication password :'notification_password';
create database notification owner notification;
revoke all on database notification from public;
