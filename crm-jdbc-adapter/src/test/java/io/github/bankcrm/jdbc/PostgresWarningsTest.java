package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.warning.Warnings;
import io.github.bankcrm.core.warning.WarningsContract;

class PostgresWarningsTest extends WarningsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected Warnings newWarnings(Customers customers) {
    return crm.warnings();
  }
}
