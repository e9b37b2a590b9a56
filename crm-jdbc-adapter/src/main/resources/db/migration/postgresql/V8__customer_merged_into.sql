-- The merge status of a customer record [归户], PostgreSQL dialect: the survivor a record was merged
-- into, null while it is a customer of its own. The JSON document carries it too (mergedInto); this
-- column lets SQL find merged records without reading documents. Never edit this file once applied; add
-- a later version instead. See docs/PERSISTENCE.md.
alter table crm_customer add column merged_into varchar(40) collate "C";
alter table crm_customer add constraint crm_customer_not_merged_into_itself check (merged_into <> id);
