-- Bank CRM SDK schema, PostgreSQL dialect. Applied by Flyway from the crm-jdbc-adapter jar
-- (classpath:db/migration/postgresql); a bank that runs scripts with its own tooling applies the files of
-- this folder in version order and never edits an applied one. See docs/PERSISTENCE.md.
-- Codes and numbers use the "C" collation so that ORDER BY is the library's (Java's) order.

create table crm_organization_unit (
  id        varchar(32)   collate "C" primary key,
  name      varchar(400)  not null,
  unit_level varchar(20)   not null,
  parent_id varchar(32)   collate "C" references crm_organization_unit (id),
  -- materialised path '/HO/BJ/BJ01/': units never move, so a prefix match is a subtree
  path      varchar(1024) collate "C" not null unique,
  version   bigint        not null
);

-- one row per structural lock: changes of the organisation tree are rare and run one at a time
create table crm_lock (
  name varchar(32) primary key
);
insert into crm_lock (name) values ('organization');

create table crm_customer (
  id                   varchar(40)   collate "C" primary key,
  kind                 varchar(16)   not null,
  version              bigint        not null check (version >= 1),
  owning_unit          varchar(32)   collate "C" not null references crm_organization_unit (id),
  unit_path            varchar(1024) collate "C" not null,
  relationship_manager varchar(64),
  kyc_risk_rating      varchar(16)   not null,
  mobile_key           varchar(64),
  created_at           timestamp with time zone not null,
  updated_at           timestamp with time zone not null,
  document             jsonb         not null
);
create index crm_customer_unit_path on crm_customer (unit_path);
create index crm_customer_mobile_key on crm_customer (mobile_key);

create table crm_customer_name (
  customer_id varchar(40)  collate "C" not null references crm_customer (id) on delete cascade,
  ordinal     integer      not null,
  name_key    varchar(400) not null,
  primary key (customer_id, ordinal)
);

create table crm_identity_document (
  customer_id     varchar(40)  collate "C" not null references crm_customer (id) on delete cascade,
  ordinal         integer      not null,
  document_type   varchar(32)  not null,
  issuing_country varchar(3)   not null,
  -- the normalised number, or its keyed hash (blind index) when numbers are encrypted
  lookup_key      varchar(128) not null,
  -- the normalised number, or its ciphertext
  stored_number   varchar(1024) not null,
  primary key (customer_id, ordinal),
  constraint crm_identity_document_unique unique (document_type, issuing_country, lookup_key)
);

create table crm_customer_change (
  customer_id varchar(40) collate "C" not null references crm_customer (id) on delete cascade,
  version     bigint      not null,
  change_type varchar(32) not null,
  actor       varchar(128) not null,
  changed_at  timestamp with time zone not null,
  change_record jsonb       not null,
  primary key (customer_id, version)
);

create table crm_group (
  id          varchar(64)   collate "C" primary key,
  group_type  varchar(32)   not null,
  version     bigint        not null check (version >= 1),
  name        varchar(400)  not null,
  owning_unit varchar(32)   collate "C" not null references crm_organization_unit (id),
  unit_path   varchar(1024) collate "C" not null,
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  document    jsonb not null
);
create index crm_group_unit_path on crm_group (unit_path);

create table crm_group_member (
  group_id    varchar(64) collate "C" not null references crm_group (id) on delete cascade,
  customer_id varchar(40) collate "C" not null references crm_customer (id),
  role        varchar(32) not null,
  -- the customer's number when this is the customer's primary group, else null: unique, so a
  -- customer is primary in one group at most, enforced by the database under concurrency
  primary_of  varchar(40) collate "C" unique,
  primary key (group_id, customer_id),
  check (primary_of is null or primary_of = customer_id)
);
create index crm_group_member_customer on crm_group_member (customer_id);

create table crm_segment_membership (
  segment_id      varchar(64) collate "C" primary key,
  version         bigint      not null check (version >= 1),
  segment_version bigint      not null,
  evaluated_on    date        not null
);

create table crm_segment_member (
  segment_id  varchar(64) collate "C" not null references crm_segment_membership (segment_id) on delete cascade,
  customer_id varchar(40) collate "C" not null,
  primary key (segment_id, customer_id)
);
create index crm_segment_member_customer on crm_segment_member (customer_id);

create table crm_outbox (
  id                uuid        primary key,
  ordinal           bigint      generated always as identity unique,
  aggregate_type    varchar(40) not null,
  aggregate_id      varchar(64) not null,
  aggregate_version bigint      not null,
  event_type        varchar(80) not null,
  payload           jsonb       not null,
  occurred_at       timestamp with time zone not null,
  published_at      timestamp with time zone
);
create index crm_outbox_pending on crm_outbox (ordinal) where published_at is null;
