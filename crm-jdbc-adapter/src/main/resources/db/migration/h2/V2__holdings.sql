-- Holdings: accounts, loan contracts and service assignment histories, H2 dialect. Typed
-- columns for what is queried, the aggregate as a JSON document, and one row per party (account
-- holder, borrower, guarantor) so that scope filters and "held by" / "guaranteed by" are indexed
-- joins. Never edit this file once applied; add V3__... instead. See docs/PERSISTENCE.md.

create table crm_account (
  id             varchar(40) primary key,
  -- personal data: stored for lookup and uniqueness only, never in a message
  account_number varchar(32) not null,
  product_type   varchar(16) not null,
  currency       varchar(3)  not null,
  status         varchar(16) not null,
  version        bigint      not null check (version >= 1),
  created_at     timestamp with time zone not null,
  updated_at     timestamp with time zone not null,
  document       character large object not null,
  constraint crm_account_number_unique unique (account_number)
);

create table crm_account_holder (
  account_id  varchar(40) not null references crm_account (id) on delete cascade,
  customer_id varchar(40) not null references crm_customer (id),
  role        varchar(16) not null,
  primary key (account_id, customer_id)
);
create index crm_account_holder_customer on crm_account_holder (customer_id);

create table crm_loan_contract (
  id          varchar(40) primary key,
  borrower_id varchar(40) not null references crm_customer (id),
  product_code varchar(20) not null,
  currency    varchar(3)  not null,
  status      varchar(16) not null,
  version     bigint      not null check (version >= 1),
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  document    character large object not null
);
create index crm_loan_contract_borrower on crm_loan_contract (borrower_id);

-- the borrower (role BORROWER) and every guarantor (role GUARANTOR) of a contract
create table crm_loan_contract_party (
  contract_id varchar(40) not null references crm_loan_contract (id) on delete cascade,
  customer_id varchar(40) not null references crm_customer (id),
  party_role  varchar(16) not null,
  primary key (contract_id, customer_id)
);
create index crm_loan_contract_party_customer on crm_loan_contract_party (customer_id, party_role);

create table crm_service_history (
  customer_id varchar(40) primary key references crm_customer (id),
  version     bigint      not null check (version >= 1),
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  document    character large object not null
);

-- one row per assignment of a history, for "customers served by a manager on a day"
create table crm_service_assignment (
  customer_id  varchar(40) not null references crm_service_history (customer_id) on delete cascade,
  ordinal      integer     not null,
  manager      varchar(32),
  unit_id      varchar(32) not null,
  served_from  date        not null,
  served_until date,
  primary key (customer_id, ordinal)
);
create index crm_service_assignment_manager on crm_service_assignment (manager, served_from);
