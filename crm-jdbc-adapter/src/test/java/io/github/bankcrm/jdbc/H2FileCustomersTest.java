package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.CustomersContract;

/** The customer contract on an H2 file database ({@code target/h2-files/crm.mv.db}). */
class H2FileCustomersTest extends CustomersContract {

  @Override
  protected Customers newCustomers() {
    return TestDatabases.fresh(TestDatabases.h2File()).customers();
  }
}
