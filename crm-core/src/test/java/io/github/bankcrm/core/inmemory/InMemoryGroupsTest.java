package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.group.Groups;
import io.github.bankcrm.core.group.GroupsContract;

class InMemoryGroupsTest extends GroupsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected Groups newGroups(Customers customers) {
    return new InMemoryGroups(customers);
  }
}
