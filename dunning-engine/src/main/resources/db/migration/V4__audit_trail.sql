-- Everything the dunning engine did or decided for a customer, in the order it happened. It is the
-- evidence a creditor shows a court, a debt buyer or a tax office, so it is exported per customer
-- (hence the index) and never rewritten.
create table audit_entry (
    id                 bigserial    primary key,
    tenant_id          varchar(128) not null,
    customer_id        varchar(128) not null,
    invoice_id         varchar(128),
    invoice_number     varchar(128),
    installment_number integer,
    recorded_at        timestamptz  not null,
    policy_id          varchar(128),
    policy_version     integer,
    step_index         integer,
    step_name          varchar(128),
    kind               varchar(32)  not null,
    reason             text         not null,
    event_id           varchar(64)
);

create index audit_entry_by_customer on audit_entry (tenant_id, customer_id, id);

-- Append-only is enforced here rather than trusted to the application: evidence is only worth something
-- if no code path (a bug, a migration, a hand-run fix) can change or remove what was recorded. A mistake
-- is corrected by appending an entry that says so. TRUNCATE skips row triggers, so it gets its own.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed; record a correcting entry instead', tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
