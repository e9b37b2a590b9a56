package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.CustomersContract;

class H2CustomersTest extends CustomersContract {

  @Override
  protected Customers newCustomers() {
    return TestDatabases.fresh(TestDatabases.h2()).customers();
  }
}
