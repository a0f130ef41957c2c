-- Letters to print and mail. One letter per customer and dunning step while it waits for printing: a reminder
-- and an escalation of the same step (the default policy's final notice raises both) join one letter.
create table letter (
    letter_id        varchar(36)  primary key,
    tenant_id        varchar(128) not null,
    customer_id      varchar(128) not null,
    letter_key       varchar(512) not null,
    -- TO_PRINT until the print room takes it.
    status           varchar(16)  not null,
    template_id      varchar(128) not null,
    tone             varchar(16)  not null,
    language         varchar(16)  not null,
    recipient_name   text         not null,
    items            text         not null,
    subject          text,
    html             text         not null,
    template_used    varchar(255) not null,
    source_event_ids text         not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create unique index letter_to_print on letter (tenant_id, customer_id, letter_key) where status = 'TO_PRINT';
create index letter_by_tenant on letter (tenant_id, status, created_at);
