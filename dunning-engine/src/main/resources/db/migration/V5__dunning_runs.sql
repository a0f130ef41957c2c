-- Policies are data, versioned: a change is a new version, never an edit, so an item in dunning can keep
-- the exact version it started with and the audit trail can always name what was applied.
create table dunning_policy (
    tenant_id  varchar(128) not null,
    policy_id  varchar(128) not null,
    version    integer      not null,
    name       varchar(300) not null,
    body       text         not null,
    created_at timestamptz  not null,
    primary key (tenant_id, policy_id, version)
);

-- Ordered rules on customer segments that pick a policy; the first match wins.
create table policy_assignment (
    tenant_id  varchar(128) primary key,
    rules      text         not null,
    updated_at timestamptz  not null
);

create table policy_override (
    tenant_id   varchar(128) not null,
    customer_id varchar(128) not null,
    policy_id   varchar(128) not null,
    updated_at  timestamptz  not null,
    primary key (tenant_id, customer_id)
);

-- Per item: the policy version it is dunned under, and the pause in force at its last evaluation (so a
-- pause or resume is announced once, when it changes).
create table item_dunning (
    tenant_id          varchar(128) not null,
    invoice_id         varchar(128) not null,
    installment_number integer      not null,
    policy_id          varchar(128) not null,
    policy_version     integer      not null,
    pause_id           varchar(128),
    pause_reason       varchar(32),
    pause_until        date,
    pause_note         text,
    started_at         timestamptz  not null,
    primary key (tenant_id, invoice_id, installment_number)
);

-- The exactly-once guarantee: the primary key lets each (item, policy version, step) be recorded once.
create table executed_step (
    tenant_id          varchar(128) not null,
    invoice_id         varchar(128) not null,
    installment_number integer      not null,
    policy_id          varchar(128) not null,
    policy_version     integer      not null,
    step_index         integer      not null,
    step_id            varchar(64)  not null,
    outcome            varchar(16)  not null,
    recorded_at        timestamptz  not null,
    primary key (tenant_id, invoice_id, installment_number, policy_id, policy_version, step_index)
);

create table customer_contact (
    tenant_id    varchar(128) not null,
    customer_id  varchar(128) not null,
    contact_id   varchar(64)  not null,
    contacted_at timestamptz  not null,
    primary key (tenant_id, customer_id, contact_id)
);

create table dunning_hold (
    tenant_id   varchar(128) not null,
    hold_id     varchar(64)  not null,
    customer_id varchar(128) not null,
    invoice_id  varchar(128),
    reason      varchar(32)  not null,
    note        text,
    until       date,
    created_at  timestamptz  not null,
    released_at timestamptz,
    primary key (tenant_id, hold_id)
);

create index dunning_hold_by_customer on dunning_hold (tenant_id, customer_id);

create table payment_plan_fact (
    tenant_id    varchar(128)   not null,
    plan_id      varchar(128)   not null,
    customer_id  varchar(128)   not null,
    invoice_ids  text           not null,
    currency     char(3)        not null,
    total_amount numeric(19, 4) not null,
    installments text           not null,
    installment_count integer   not null,
    agreed_at    timestamptz    not null,
    primary key (tenant_id, plan_id)
);

create table call_task (
    tenant_id    varchar(128) not null,
    task_id      varchar(64)  not null,
    customer_id  varchar(128) not null,
    team         varchar(128),
    assignee     varchar(128),
    due_date     date,
    status       varchar(16)  not null,
    reason       text         not null,
    items        text         not null,
    outcome      varchar(32),
    outcome_note text,
    created_at   timestamptz  not null,
    completed_at timestamptz,
    primary key (tenant_id, task_id)
);

create index call_task_open on call_task (tenant_id, status, due_date);

-- Segment attributes for policy assignment, the payment behaviour for the worklist score, and whether the
-- phone numbers turned out wrong (a collector's call outcome) so that channel falls back.
alter table customer_profile
    add column industry      varchar(128),
    add column size          varchar(32),
    add column tags          text    not null default '',
    add column has_email     boolean not null default true,
    add column has_phone     boolean not null default true,
    add column phone_invalid boolean not null default false;

alter table dunning_item add column settled_on date;
alter table promise_fact add column source varchar(64);

-- The schedule learns whose item it is, so a claimed batch is evaluated customer by customer.
drop table dunning_schedule;
create table dunning_schedule (
    tenant_id          varchar(128) not null,
    invoice_id         varchar(128) not null,
    installment_number integer      not null,
    customer_id        varchar(128) not null,
    due_at             timestamptz  not null,
    claimed_by         varchar(128),
    claimed_until      timestamptz,
    primary key (tenant_id, invoice_id, installment_number)
);

create index dunning_schedule_due on dunning_schedule (due_at);
create index dunning_schedule_by_customer on dunning_schedule (tenant_id, customer_id);
