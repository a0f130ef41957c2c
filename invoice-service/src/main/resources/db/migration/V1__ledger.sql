-- The receivables ledger. Every row carries its tenant; every query filters by it.
-- Lists (installments, allocations, contacts) are JSON in text columns, written and read by the converters in
-- dev.arrears.invoice.repository.json; Hibernate Reactive binds only JSON objects to jsonb, not arrays.
-- Amounts are numeric(19,4): exact, and wide enough for any ISO 4217 currency's decimals.

create table customer (
    tenant_id          varchar(128) not null,
    id                 varchar(128) not null,
    erp_reference      varchar(128),
    legal_name         varchar(300) not null,
    emails             text        not null,
    phones             text        not null,
    language           varchar(16)  not null,
    time_zone          varchar(64)  not null,
    country            char(2)      not null,
    industry           varchar(128),
    size               varchar(16),
    tags               text        not null,
    risk_class         varchar(16),
    consent_email      boolean      not null,
    consent_sms        boolean      not null,
    consent_voice      boolean      not null,
    payment_terms_days integer      not null,
    version            bigint       not null,
    updated_at         timestamptz  not null,
    primary key (tenant_id, id)
);

create table invoice (
    id                 varchar(64)    primary key,
    tenant_id          varchar(128)   not null,
    customer_id        varchar(128)   not null,
    invoice_number     varchar(128)   not null,
    issue_date         date           not null,
    due_date           date           not null,
    currency           char(3)        not null,
    total_amount       numeric(19, 4) not null,
    tax_amount         numeric(19, 4) not null,
    open_amount        numeric(19, 4) not null,
    written_off_amount numeric(19, 4) not null,
    -- Earliest due date among installments still open; null when nothing is open. Drives "overdue as of".
    next_due_date      date,
    installments       text          not null,
    lines              text          not null,
    status             varchar(32)    not null,
    version            bigint         not null,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    constraint invoice_number_unique_per_tenant unique (tenant_id, invoice_number),
    constraint invoice_customer foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    constraint invoice_amounts_not_negative check (total_amount >= 0 and tax_amount >= 0 and open_amount >= 0),
    constraint invoice_open_within_total check (open_amount <= total_amount),
    constraint invoice_due_after_issue check (due_date >= issue_date)
);

create index invoice_by_customer on invoice (tenant_id, customer_id, next_due_date);
create index invoice_by_status on invoice (tenant_id, status, next_due_date);

create table payment (
    id                 varchar(64)    primary key,
    tenant_id          varchar(128)   not null,
    customer_id        varchar(128)   not null,
    amount             numeric(19, 4) not null,
    currency           char(3)        not null,
    value_date         date           not null,
    received_at        timestamptz    not null,
    method             varchar(32)    not null,
    reference          varchar(300),
    allocations        text          not null,
    unapplied_amount   numeric(19, 4) not null,
    status             varchar(32)    not null,
    reversal_id        varchar(64),
    reversal_reason    varchar(32),
    reversed_at        timestamptz,
    version            bigint         not null,
    constraint payment_customer foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    constraint payment_amount_positive check (amount > 0 and unapplied_amount >= 0)
);

create index payment_by_customer on payment (tenant_id, customer_id, value_date);

create table credit_note (
    id                 varchar(64)    primary key,
    tenant_id          varchar(128)   not null,
    customer_id        varchar(128)   not null,
    credit_note_number varchar(128)   not null,
    issue_date         date           not null,
    amount             numeric(19, 4) not null,
    currency           char(3)        not null,
    reason             varchar(500)   not null,
    allocations        text          not null,
    unapplied_amount   numeric(19, 4) not null,
    created_at         timestamptz    not null,
    constraint credit_note_number_unique_per_tenant unique (tenant_id, credit_note_number),
    constraint credit_note_customer foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    constraint credit_note_amount_positive check (amount > 0 and unapplied_amount >= 0)
);

create table dispute (
    id              varchar(64)    primary key,
    tenant_id       varchar(128)   not null,
    customer_id     varchar(128)   not null,
    invoice_id      varchar(64)    not null references invoice (id),
    disputed_amount numeric(19, 4) not null,
    currency        char(3)        not null,
    reason          varchar(1000)  not null,
    line_numbers    text,
    status          varchar(32)    not null,
    note            varchar(1000),
    opened_at       timestamptz    not null,
    resolved_at     timestamptz,
    version         bigint         not null,
    constraint dispute_amount_positive check (disputed_amount > 0)
);

create index dispute_by_invoice on dispute (tenant_id, invoice_id);

create table promise_to_pay (
    id              varchar(64)    primary key,
    tenant_id       varchar(128)   not null,
    customer_id     varchar(128)   not null,
    promised_amount numeric(19, 4) not null,
    currency        char(3)        not null,
    promised_date   date           not null,
    invoice_ids     text          not null,
    source          varchar(64)    not null,
    made_at         timestamptz    not null,
    constraint promise_amount_positive check (promised_amount > 0)
);

create table payment_plan (
    id           varchar(64)    primary key,
    tenant_id    varchar(128)   not null,
    customer_id  varchar(128)   not null,
    invoice_ids  text          not null,
    total_amount numeric(19, 4) not null,
    currency     char(3)        not null,
    installments text          not null,
    agreed_at    timestamptz    not null
);

-- Responses to POSTs that carried an Idempotency-Key, stored in the same transaction as their effect:
-- a retry gets the first response back and changes nothing.
create table idempotent_request (
    tenant_id       varchar(128) not null,
    idempotency_key varchar(255) not null,
    fingerprint     varchar(64)  not null,
    status          integer      not null,
    location        varchar(500),
    etag            varchar(64),
    body            text         not null,
    created_at      timestamptz  not null,
    primary key (tenant_id, idempotency_key)
);
