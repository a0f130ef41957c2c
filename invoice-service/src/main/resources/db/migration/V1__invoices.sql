create table invoice (
    id             varchar(64)    primary key,
    tenant_id      varchar(128)   not null,
    customer_id    varchar(128)   not null,
    invoice_number varchar(128)   not null,
    issue_date     date           not null,
    due_date       date           not null,
    currency       char(3)        not null,
    total_amount   numeric(19, 4) not null,
    tax_amount     numeric(19, 4) not null,
    open_amount    numeric(19, 4) not null,
    status         varchar(32)    not null,
    version        bigint         not null,
    created_at     timestamptz    not null,
    constraint invoice_number_unique_per_tenant unique (tenant_id, invoice_number),
    constraint invoice_amounts_not_negative check (total_amount >= 0 and tax_amount >= 0 and open_amount >= 0),
    constraint invoice_due_after_issue check (due_date >= issue_date)
);

create index invoice_by_customer on invoice (tenant_id, customer_id);
