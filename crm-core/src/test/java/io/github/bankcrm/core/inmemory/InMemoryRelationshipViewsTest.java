package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.relationship.RelationshipViews;
import io.github.bankcrm.core.relationship.RelationshipViewsContract;
import io.github.bankcrm.core.relationship.Relationships;

class InMemoryRelationshipViewsTest extends RelationshipViewsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected Relationships newRelationships(Customers customers) {
    return new InMemoryRelationships(customers);
  }

  @Override
  protected RelationshipViews viewsOf(Relationships relationships) {
    return (InMemoryRelationships) relationships;
  }
}
