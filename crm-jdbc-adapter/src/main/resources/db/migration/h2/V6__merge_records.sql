-- The merge records of identity resolution [归户], H2 dialect. One row per merge of two customer
-- records with typed columns for what is queried (survivor, absorbed, times) and the whole record,
-- with both before-images and every moved item, as a JSON document. Never edit this file once
-- applied; add a later version instead. See docs/PERSISTENCE.md.

create table crm_merge_record (
  id              varchar(40) primary key,
  survivor_id     varchar(40) not null references crm_customer (id),
  absorbed_id     varchar(40) not null references crm_customer (id),
  -- the absorbed customer's number while the merge is not undone, null after the undo: unique, so a
  -- record is merged away by one merge at a time, enforced by the database under concurrency
  active_absorbed varchar(40),
  merged_at       timestamp with time zone not null,
  undone_at       timestamp with time zone,
  document        character large object not null,
  constraint crm_merge_record_active_absorbed_unique unique (active_absorbed),
  check (survivor_id <> absorbed_id),
  check ((active_absorbed is null) = (undone_at is not null))
);
create index crm_merge_record_survivor on crm_merge_record (survivor_id, merged_at, id);
create index crm_merge_record_absorbed on crm_merge_record (absorbed_id);
