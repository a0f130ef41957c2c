-- Created before the service writes anything, so no event inserted before the relay first streams is
-- skipped. A slot may only be created in a transaction that has not written yet: keep this file alone.
select pg_create_logical_replication_slot('${outbox_slot}', 'pgoutput')
where not exists (select 1 from pg_replication_slots where slot_name = '${outbox_slot}');
