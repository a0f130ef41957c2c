-- Addresses that must not be contacted on a channel again, per tenant ('*' when the opt-out could not be tied to a
-- tenant: a "STOP" from a number no customer has). Honoured on every send; an opt-in deletes the row.
create table opt_out (
    tenant_id    varchar(128) not null,
    channel      varchar(16)  not null,
    address      varchar(320) not null,
    reason       text         not null,
    provider     varchar(64),
    message_id   varchar(36),
    opted_out_at timestamptz  not null,
    primary key (tenant_id, channel, address)
);

create index opt_out_by_address on opt_out (channel, address);
