package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.holding.ServiceAssignmentsContract;

class PostgresServiceAssignmentsTest extends ServiceAssignmentsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected ServiceAssignments newServiceAssignments(Customers customers) {
    return crm.serviceAssignments();
  }
}
