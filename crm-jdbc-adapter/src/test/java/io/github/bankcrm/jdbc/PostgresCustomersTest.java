package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.CustomersContract;

class PostgresCustomersTest extends CustomersContract {

  @Override
  protected Customers newCustomers() {
    return TestDatabases.fresh(TestDatabases.postgres()).customers();
  }
}
