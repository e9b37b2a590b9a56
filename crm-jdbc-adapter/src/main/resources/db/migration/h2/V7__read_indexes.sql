-- indexes for the reads of the relationship views (household, corporate group, beneficial owners)
-- and of the scope filter on customers.
--
-- Each step of a recursive walk goes from a customer to its relationships of some types that count on
-- a day, in either direction (from_customer = ? or to_customer = ?), and reads the other customer, its
-- kind, the period, the state and the percentage. H2 has no INCLUDE: these indexes carry those
-- columns as trailing key columns, so a step reads the index alone; they replace the plain
-- (customer, type) indexes of V4.
create index crm_relationship_from_walk on crm_relationship
  (from_customer, relationship_type, state, valid_from, valid_to, to_customer, to_kind, ownership_percentage);
create index crm_relationship_to_walk on crm_relationship
  (to_customer, relationship_type, state, valid_from, valid_to, from_customer, from_kind, ownership_percentage);
drop index crm_relationship_from;
drop index crm_relationship_to;

-- every relationship a walk steps over joins both its customers for their unit paths (the scope
-- filter) and kinds: an index holding them spares a visit of the customer row and its document
create index crm_customer_scope on crm_customer (id, unit_path, kind);
