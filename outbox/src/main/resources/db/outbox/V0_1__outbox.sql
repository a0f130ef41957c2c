-- The transactional outbox: a service inserts its events here in the same transaction as its state
-- change, and Debezium captures the inserts from the WAL. Columns carry the CloudEvents attributes
-- verbatim, so the embedded relay and the Kafka Connect Outbox Event Router publish identical records.
-- The payload is text, not jsonb, so its bytes reach Kafka exactly as the service wrote them.
create table outbox (
    ce_id          varchar(128) primary key,
    ce_type        varchar(255) not null,
    ce_source      varchar(255) not null,
    ce_time        varchar(64)  not null,
    ce_subject     varchar(255),
    ce_specversion varchar(8)   not null,
    ce_dataschema  varchar(255) not null,
    content_type   varchar(64)  not null,
    topic          varchar(255) not null,
    record_key     varchar(300) not null,
    payload        text         not null,
    created_at     timestamptz  not null default now()
);

create publication ${outbox_publication} for table outbox;

create index outbox_created_at on outbox (created_at);
