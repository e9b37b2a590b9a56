-- The review queue of candidate duplicate pairs [待复核队列], H2 dialect. One row per review with
-- typed columns for what is queried and scoped (the pair, the owning units and their paths when
-- queued, the status) and the review as a JSON document; one row per logged decision. Never edit
-- this file once applied; add a later version instead. See docs/PERSISTENCE.md.

create table crm_match_review (
  id              varchar(40) primary key,
  version         bigint      not null check (version >= 1),
  first_customer  varchar(40) not null,
  second_customer varchar(40) not null,
  first_unit      varchar(32) not null,
  second_unit     varchar(32) not null,
  -- the owning units' paths when queued: a review is visible if the scope sees both
  first_path      varchar(1024) not null,
  second_path     varchar(1024) not null,
  status          varchar(16) not null,
  -- "<first>/<second>" while pending, null once decided: one pending review per pair, by constraint
  pending_pair    varchar(81),
  queued_at       timestamp with time zone not null,
  document        character large object not null,
  constraint crm_match_review_pending_pair_unique unique (pending_pair)
);
create index crm_match_review_pending on crm_match_review (status, queued_at, id);
create index crm_match_review_first on crm_match_review (first_customer);
create index crm_match_review_second on crm_match_review (second_customer);

-- the decision log, one row per decision (the version it produced)
create table crm_match_review_decision (
  review_id  varchar(40) not null references crm_match_review (id) on delete cascade,
  version    bigint      not null,
  decision   varchar(16) not null,
  actor      varchar(64) not null,
  decided_at timestamp with time zone not null,
  primary key (review_id, version)
);
