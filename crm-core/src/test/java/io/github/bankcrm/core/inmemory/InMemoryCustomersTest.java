package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.CustomersContract;

class InMemoryCustomersTest extends CustomersContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }
}
