package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.lifecycle.LifecyclesContract;

class InMemoryLifecyclesTest extends LifecyclesContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected Lifecycles newLifecycles(Customers customers) {
    return new InMemoryLifecycles(customers);
  }
}
