package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.relationship.RelationshipsContract;

class H2RelationshipsTest extends RelationshipsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.h2());
    return crm.customers();
  }

  @Override
  protected Relationships newRelationships(Customers customers) {
    return crm.relationships();
  }
}
