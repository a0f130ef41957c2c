-- One row per ReminderDue or EscalationRaised: the durable to-do list of the dispatch pipeline, polled like a
-- schedule. A consumer only records the row (with the event id, in one transaction); replicas claim due rows with
-- FOR UPDATE SKIP LOCKED and a lease, so a quiet-hours wait, a retry backoff or a crash never loses a reminder.
create table dispatch (
    source_event_id  varchar(128) primary key,
    tenant_id        varchar(128) not null,
    customer_id      varchar(128) not null,
    source_type      varchar(64)  not null,
    -- The record exactly as consumed, so it can be dead-lettered unchanged when its provider stays unavailable.
    record_topic     varchar(255) not null,
    record_partition integer      not null,
    record_offset    bigint       not null,
    record_key       varchar(300) not null,
    record_headers   text         not null,
    record_value     text         not null,
    -- OPEN (being worked or waiting until due_at), DONE, RECORDED (nothing to send), UNDELIVERABLE, FAILED.
    status           varchar(16)  not null,
    due_at           timestamptz  not null,
    note             text,
    -- Bumped by every change, so a worker never overwrites what a webhook or new master data changed meanwhile.
    version          integer      not null default 0,
    claimed_by       varchar(128),
    claimed_until    timestamptz,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    dead_lettered_at timestamptz
);

create index dispatch_due on dispatch (due_at) where status = 'OPEN';
create index dispatch_open_by_customer on dispatch (tenant_id, customer_id) where status = 'OPEN';
create index dispatch_failed on dispatch (tenant_id, updated_at) where status in ('FAILED', 'UNDELIVERABLE');
