-- The send ledger: one row per message (a source event, a channel, an address), keyed by the deterministic
-- message id. The row is written PENDING and committed before the provider is called, then moved to what the
-- provider answered, so a redelivered, replayed or restarted reminder finds it and never sends twice.
create table send_ledger (
    message_id          varchar(36)  primary key,
    source_event_id     varchar(128) not null,
    tenant_id           varchar(128) not null,
    customer_id         varchar(128) not null,
    channel             varchar(16)  not null,
    address             varchar(320) not null,
    -- PENDING, SENT, RETRYING, UNCERTAIN, FAILED, BOUNCED, RECORDED, CANCELLED (see LedgerStatus).
    status              varchar(16)  not null,
    attempts            integer      not null,
    provider            varchar(64),
    provider_message_id varchar(255),
    template_used       varchar(255),
    step                text,
    detail              text,
    pending_since       timestamptz,
    uncertain_since     timestamptz,
    next_attempt_at     timestamptz,
    sent_at             timestamptz,
    delivered_at        timestamptz,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    -- The order rows were written in; timestamps come from the (test or demo) clock and may tie.
    seq                 bigint       generated always as identity
);

create index send_ledger_by_source on send_ledger (source_event_id, seq);
create index send_ledger_by_provider_id on send_ledger (channel, provider_message_id);
create index send_ledger_pending on send_ledger (pending_since) where status = 'PENDING';

-- Provider reports already applied: providers retry webhooks, and a repeated report must not count twice.
create table delivery_update (
    update_id   varchar(36)  primary key,
    message_id  varchar(36)  not null,
    kind        varchar(16)  not null,
    recorded_at timestamptz  not null
);
create index send_ledger_uncertain on send_ledger (uncertain_since) where status = 'UNCERTAIN';
