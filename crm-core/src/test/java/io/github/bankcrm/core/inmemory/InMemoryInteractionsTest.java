package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.interaction.InteractionsContract;

class InMemoryInteractionsTest extends InteractionsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected Interactions newInteractions(Customers customers) {
    return new InMemoryInteractions(customers);
  }
}
