-- customer-to-customer relationships [客户关联关系]: typed columns for what is checked, walked and
-- scoped, and the whole aggregate as a JSON document
create table crm_relationship (
  id                   varchar(40)  collate "C" primary key,
  version              bigint       not null check (version >= 1),
  from_customer        varchar(40)  collate "C" not null references crm_customer (id),
  from_kind            varchar(16)  not null,
  to_customer          varchar(40)  collate "C" not null references crm_customer (id),
  to_kind              varchar(16)  not null,
  relationship_type    varchar(32)  not null,
  -- a shareholding's percentage, at the library's scale of 4; null for every other type
  ownership_percentage numeric(7, 4),
  valid_from           date         not null,
  -- the last day it holds (inclusive), null when open-ended
  valid_to             date,
  state                varchar(16)  not null,
  created_at           timestamp with time zone not null,
  updated_at           timestamp with time zone not null,
  document             jsonb        not null,
  check (from_customer <> to_customer)
);
create index crm_relationship_from on crm_relationship (from_customer, relationship_type);
create index crm_relationship_to on crm_relationship (to_customer, relationship_type);
