-- indexes for the reads of the relationship views (household, corporate group, beneficial owners)
-- and of the scope filter on customers.
--
-- Each step of a recursive walk goes from a customer to its relationships of some types that count on
-- a day, in either direction (from_customer = ? or to_customer = ?), and reads the other customer, its
-- kind, the period, the state and the percentage. These covering indexes hold all of that, so a step
-- is an index-only scan (once vacuum has marked the pages all-visible) instead of a heap visit per
-- relationship; they replace the plain (customer, type) indexes of V4.
create index crm_relationship_from_walk on crm_relationship (from_customer, relationship_type)
  include (to_customer, to_kind, state, valid_from, valid_to, ownership_percentage, id);
create index crm_relationship_to_walk on crm_relationship (to_customer, relationship_type)
  include (from_customer, from_kind, state, valid_from, valid_to, ownership_percentage, id);
drop index crm_relationship_from;
drop index crm_relationship_to;

-- every relationship a walk steps over joins both its customers for their unit paths (the scope
-- filter) and kinds: an index holding them spares a visit of the customer row and its document
create index crm_customer_scope on crm_customer (id) include (unit_path, kind);
