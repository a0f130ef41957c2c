-- Ids of every event this service has processed, written in the same transaction as the event's effect: a
-- redelivered or replayed event finds its id here and changes nothing.
create table processed_event (
    event_id     varchar(128) primary key,
    event_type   varchar(128) not null,
    processed_at timestamptz  not null
);

-- What this service knows of each customer, learnt only from CustomerUpserted on arrears.invoice.events; each event
-- carries the complete record and replaces the earlier one.
create table customer_contact (
    tenant_id     varchar(128) not null,
    customer_id   varchar(128) not null,
    legal_name    text         not null,
    language      varchar(16)  not null,
    time_zone     varchar(64)  not null,
    country       char(2)      not null,
    consent_email boolean      not null,
    consent_sms   boolean      not null,
    consent_voice boolean      not null,
    last_event_id varchar(128) not null,
    updated_at    timestamptz  not null,
    primary key (tenant_id, customer_id)
);

-- The customer's email addresses and phone numbers in the order the ERP lists them (the first is tried first).
-- A row per address, so an opt-out that names only an address (an SMS "STOP") finds its customers.
create table customer_address (
    tenant_id   varchar(128) not null,
    customer_id varchar(128) not null,
    kind        varchar(8)   not null check (kind in ('EMAIL', 'PHONE')),
    position    integer      not null,
    address     varchar(320) not null,
    primary key (tenant_id, customer_id, kind, position)
);

create index customer_address_by_address on customer_address (address);
