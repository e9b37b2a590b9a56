package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.group.SegmentMemberships;
import io.github.bankcrm.core.group.SegmentMembershipsContract;

class InMemorySegmentMembershipsTest extends SegmentMembershipsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected SegmentMemberships newSegmentMemberships(Customers customers) {
    return new InMemorySegmentMemberships(customers);
  }
}
