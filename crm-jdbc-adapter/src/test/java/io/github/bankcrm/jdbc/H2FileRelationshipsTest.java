package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.relationship.RelationshipsContract;

/** The relationship contract on an H2 file database ({@code target/h2-files/crm.mv.db}). */
class H2FileRelationshipsTest extends RelationshipsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.h2File());
    return crm.customers();
  }

  @Override
  protected Relationships newRelationships(Customers customers) {
    return crm.relationships();
  }
}
