package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.group.Groups;
import io.github.bankcrm.core.group.GroupsContract;

class H2GroupsTest extends GroupsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.h2());
    return crm.customers();
  }

  @Override
  protected Groups newGroups(Customers customers) {
    return crm.groups();
  }
}
