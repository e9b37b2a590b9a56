-- Customer lifecycles, interactions (contact records and complaints) and early warnings, H2
-- dialect. See docs/PERSISTENCE.md. Each aggregate row carries a version for optimistic locking; scope
-- is decided by joining crm_customer and its unit_path. Logs are rows, one per entry, for auditors.

create table crm_lifecycle (
  customer_id varchar(40) primary key references crm_customer (id),
  version     bigint      not null check (version >= 1),
  stage       varchar(20) not null,
  updated_at  timestamp with time zone not null
);
create index crm_lifecycle_stage on crm_lifecycle (stage, customer_id);

-- the transition log [生命周期变更记录]: entry n is the move that produced version n
create table crm_lifecycle_transition (
  customer_id    varchar(40)  not null references crm_lifecycle (customer_id) on delete cascade,
  ordinal        bigint       not null check (ordinal >= 1),
  from_stage     varchar(20),
  to_stage       varchar(20)  not null,
  moved_at       timestamp with time zone not null,
  actor          varchar(128) not null,
  command        varchar(40),
  policy_id      varchar(40),
  policy_version bigint,
  reason_code    varchar(64)  not null,
  -- free text: may mention people; never copied into messages or logs
  comment        varchar(1000),
  primary key (customer_id, ordinal),
  check ((policy_id is null) = (policy_version is null))
);

create table crm_interaction (
  id                    varchar(40)  primary key,
  version               bigint       not null check (version >= 1),
  customer_id           varchar(40)  not null references crm_customer (id),
  channel               varchar(20)  not null,
  interaction_type      varchar(20)  not null,
  occurred_at           timestamp with time zone not null,
  outcome               varchar(32)  not null,
  handled_by            varchar(128) not null,
  -- the complaint part, set exactly for a complaint
  complaint_severity    varchar(20),
  complaint_state       varchar(20),
  complaint_resolved_at timestamp with time zone,
  -- free text: may mention people; never copied into messages or logs
  notes                 varchar(4000),
  recorded_at           timestamp with time zone not null,
  updated_at            timestamp with time zone not null,
  check ((complaint_severity is null) = (complaint_state is null))
);
create index crm_interaction_customer on crm_interaction (customer_id, occurred_at);

create table crm_warning (
  id             varchar(40)  primary key,
  version        bigint       not null check (version >= 1),
  customer_id    varchar(40)  not null references crm_customer (id),
  -- the customer's number while the warning is open, null once resolved or lost: unique, so a customer
  -- has one open warning at most, enforced by the database under concurrency
  open_customer  varchar(40)  unique,
  state          varchar(20)  not null,
  warning_level  varchar(20)  not null,
  policy_id      varchar(40)  not null,
  policy_version bigint       not null,
  assessed_on    date         not null,
  assignee       varchar(64),
  due            date,
  escalation     integer      not null check (escalation >= 0),
  -- the factor readings of the latest assessment, as a JSON array
  readings       character large object not null,
  raised_at      timestamp with time zone not null,
  check (open_customer is null or open_customer = customer_id),
  check ((open_customer is null) = (state in ('RESOLVED', 'LOST')))
);
create index crm_warning_customer on crm_warning (customer_id, raised_at);

-- the warning log: entry n is the step that produced version n
create table crm_warning_log (
  warning_id    varchar(40)  not null references crm_warning (id) on delete cascade,
  ordinal       bigint       not null check (ordinal >= 1),
  step          varchar(20)  not null,
  state         varchar(20)  not null,
  warning_level varchar(20)  not null,
  assignee      varchar(64),
  due           date,
  escalation    integer      not null,
  actor         varchar(128) not null,
  taken_at      timestamp with time zone not null,
  -- free text: may mention people; never copied into messages or logs
  comment       varchar(1000),
  primary key (warning_id, ordinal)
);
