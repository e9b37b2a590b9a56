package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.holding.ServiceAssignmentsContract;

class InMemoryServiceAssignmentsTest extends ServiceAssignmentsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected ServiceAssignments newServiceAssignments(Customers customers) {
    return new InMemoryServiceAssignments(customers);
  }
}
