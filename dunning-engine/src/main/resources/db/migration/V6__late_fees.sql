-- How each item's open amount moved, day by day: statutory interest accrues on what remains after partial
-- payments, so it needs the history, not just today's amount. Several changes on one day keep the last.
create table item_balance (
    tenant_id          varchar(128)   not null,
    invoice_id         varchar(128)   not null,
    installment_number integer        not null,
    effective_from     date           not null,
    open_amount        numeric(19, 4) not null,
    primary key (tenant_id, invoice_id, installment_number, effective_from)
);

-- Fees this engine assessed: interest continues from where the last assessment ended, and the statutory
-- compensation is owed once per invoice.
create table assessed_fee (
    tenant_id          varchar(128)   not null,
    fee_id             varchar(64)    not null,
    invoice_id         varchar(128)   not null,
    installment_number integer        not null,
    kind               varchar(32)    not null,
    amount             numeric(19, 4) not null,
    currency           char(3)        not null,
    period_end         date,
    assessed_at        timestamptz    not null,
    primary key (tenant_id, fee_id)
);

create index assessed_fee_by_invoice on assessed_fee (tenant_id, invoice_id);
