package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.lifecycle.LifecyclesContract;

class PostgresLifecyclesTest extends LifecyclesContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected Lifecycles newLifecycles(Customers customers) {
    return crm.lifecycles();
  }
}
