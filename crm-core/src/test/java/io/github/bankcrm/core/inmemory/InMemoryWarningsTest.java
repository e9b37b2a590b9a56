package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.warning.Warnings;
import io.github.bankcrm.core.warning.WarningsContract;

class InMemoryWarningsTest extends WarningsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected Warnings newWarnings(Customers customers) {
    return new InMemoryWarnings(customers);
  }
}
