-- The facts the dunning engine decides on, kept from arrears.invoice.events (never read from another
-- service's database). Dunning follows installments, so open amounts are kept per installment.
drop table receivable;

create table dunning_item (
    tenant_id          varchar(128)   not null,
    invoice_id         varchar(128)   not null,
    installment_number integer        not null,
    customer_id        varchar(128)   not null,
    invoice_number     varchar(128)   not null,
    issue_date         date           not null,
    due_date           date           not null,
    currency           char(3)        not null,
    amount             numeric(19, 4) not null,
    open_amount        numeric(19, 4) not null,
    closed             boolean        not null,
    updated_at         timestamptz    not null,
    primary key (tenant_id, invoice_id, installment_number)
);

create index dunning_item_by_customer on dunning_item (tenant_id, customer_id, due_date);

create table dispute_fact (
    tenant_id       varchar(128)   not null,
    dispute_id      varchar(128)   not null,
    invoice_id      varchar(128)   not null,
    disputed_amount numeric(19, 4) not null,
    status          varchar(16)    not null,
    primary key (tenant_id, dispute_id)
);

create table promise_fact (
    tenant_id     varchar(128)   not null,
    promise_id    varchar(128)   not null,
    customer_id   varchar(128)   not null,
    promised_date date           not null,
    amount        numeric(19, 4) not null,
    currency      char(3)        not null,
    invoice_ids   text           not null,
    primary key (tenant_id, promise_id)
);

create table customer_profile (
    tenant_id     varchar(128) not null,
    customer_id   varchar(128) not null,
    legal_name    varchar(300) not null,
    language      varchar(16)  not null,
    time_zone     varchar(64)  not null,
    country       char(2)      not null,
    risk_class    varchar(16),
    consent_email boolean      not null,
    consent_sms   boolean      not null,
    consent_voice boolean      not null,
    updated_at    timestamptz  not null,
    primary key (tenant_id, customer_id)
);
