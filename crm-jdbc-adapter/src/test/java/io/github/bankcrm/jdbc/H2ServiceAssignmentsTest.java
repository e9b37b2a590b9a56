package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.holding.ServiceAssignmentsContract;

class H2ServiceAssignmentsTest extends ServiceAssignmentsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.h2());
    return crm.customers();
  }

  @Override
  protected ServiceAssignments newServiceAssignments(Customers customers) {
    return crm.serviceAssignments();
  }
}
