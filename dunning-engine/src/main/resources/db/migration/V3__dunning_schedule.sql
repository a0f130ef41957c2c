-- The durable schedule: when each item must next be evaluated. Any number of engine replicas claim due
-- rows with FOR UPDATE SKIP LOCKED, so no two replicas work the same item; a claim is a lease that
-- expires, so a replica that dies mid-batch does not strand its items.
create table dunning_schedule (
    tenant_id          varchar(128) not null,
    invoice_id         varchar(128) not null,
    installment_number integer      not null,
    due_at             timestamptz  not null,
    claimed_by         varchar(128),
    claimed_until      timestamptz,
    primary key (tenant_id, invoice_id, installment_number)
);

create index dunning_schedule_due on dunning_schedule (due_at);
