package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.group.SegmentMemberships;
import io.github.bankcrm.core.group.SegmentMembershipsContract;

class PostgresSegmentMembershipsTest extends SegmentMembershipsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected SegmentMemberships newSegmentMemberships(Customers customers) {
    return crm.segmentMemberships();
  }
}
