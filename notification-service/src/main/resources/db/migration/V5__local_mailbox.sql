-- The local mailbox: what would have been sent while no provider credentials are configured. It stands in for a
-- provider, so it counts every request it receives for a message (a correct pipeline makes one).
create table mailbox_message (
    message_id    varchar(36)  primary key,
    tenant_id     varchar(128) not null,
    customer_id   varchar(128) not null,
    channel       varchar(16)  not null,
    recipient     varchar(320) not null,
    subject       text,
    html          text,
    text          text,
    template_used varchar(255),
    received_at   timestamptz  not null,
    requests      integer      not null default 1
);

create index mailbox_message_newest on mailbox_message (received_at desc);
