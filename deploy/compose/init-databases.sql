-- The PostgreSQL container runs this once, on an empty data volume. It creates what ./arrears up creates
-- (devstack: ServiceDatabase, PostgresServer.provision): one role and one database per stateful service,
-- with the same local-only passwords. REPLICATION lets the service's Debezium connector in Kafka Connect (its
-- embedded relay under ./arrears up) read its outbox through a logical replication slot; revoking PUBLIC keeps
-- every service out of the others' databases.

create role invoice login replication password 'invoice-local';
create database invoice owner invoice;
revoke all on database invoice from public;

create role dunning login replication password 'dunning-local';
create database dunning owner dunning;
revoke all on database dunning from public;

create role notification login replication password 'notification-local';
create database notification owner notification;
revoke all on database notification from public;
