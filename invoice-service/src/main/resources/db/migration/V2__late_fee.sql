-- Late fees and interest the dunning engine assessed (LateFeeAssessed on arrears.dunning.events). The fee id is
-- deterministic, so the primary key makes a redelivered event or a re-run dunning step insert nothing.
-- Fees are a receivable of their own: they never change the invoice's open amount.

create table late_fee (
    tenant_id          varchar(128)   not null,
    fee_id             varchar(36)    not null,
    invoice_id         varchar(64)    not null references invoice (id),
    installment_number integer,
    kind               varchar(32)    not null,
    amount             numeric(19, 4) not null,
    currency           char(3)        not null,
    basis              text           not null,
    -- Interest only: the days it ran for, both inclusive.
    period_start       date,
    period_end         date,
    policy_id          varchar(128)   not null,
    policy_version     integer        not null,
    step_index         integer        not null,
    step_name          text           not null,
    assessed_at        timestamptz    not null,
    recorded_at        timestamptz    not null,
    primary key (tenant_id, fee_id),
    constraint late_fee_amount_positive check (amount > 0),
    constraint late_fee_period check ((period_start is null) = (period_end is null) and period_end >= period_start)
);

create index late_fee_by_invoice on late_fee (tenant_id, invoice_id, assessed_at);
