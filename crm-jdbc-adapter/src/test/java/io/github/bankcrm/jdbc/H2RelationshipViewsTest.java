package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.relationship.RelationshipViews;
import io.github.bankcrm.core.relationship.RelationshipViewsContract;
import io.github.bankcrm.core.relationship.Relationships;

class H2RelationshipViewsTest extends RelationshipViewsContract {

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

  @Override
  protected RelationshipViews viewsOf(Relationships relationships) {
    return (JdbcRelationships) relationships;
  }
}
