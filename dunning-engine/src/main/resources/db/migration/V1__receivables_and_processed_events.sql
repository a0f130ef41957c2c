-- Ids of every event this service has processed, written in the same transaction as the event's
-- effect: a redelivered or replayed event finds its id here and changes nothing.
create table processed_event (
    event_id     varchar(128) primary key,
    event_type   varchar(128) not null,
    processed_at timestamptz  not null
);

-- What the engine knows of each receivable, learnt only from arrears.invoice.events.
create table receivable (
    tenant_id      varchar(128) not null,
    invoice_id     varchar(128) not null,
    customer_id    varchar(128) not null,
    invoice_number varchar(128) not null,
    issue_date     date         not null,
    due_date       date         not null,
    currency       char(3)      not null,
    open_amount    numeric(19, 4) not null,
    last_event_id  varchar(128) not null,
    updated_at     timestamptz  not null,
    primary key (tenant_id, invoice_id)
);

create index receivable_by_customer on receivable (tenant_id, customer_id);
