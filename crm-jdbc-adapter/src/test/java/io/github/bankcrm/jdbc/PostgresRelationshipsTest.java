package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.relationship.RelationshipsContract;

class PostgresRelationshipsTest extends RelationshipsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected Relationships newRelationships(Customers customers) {
    return crm.relationships();
  }
}
