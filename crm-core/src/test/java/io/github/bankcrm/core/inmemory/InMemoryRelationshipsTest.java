package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.relationship.RelationshipsContract;

class InMemoryRelationshipsTest extends RelationshipsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected Relationships newRelationships(Customers customers) {
    return new InMemoryRelationships(customers);
  }
}
