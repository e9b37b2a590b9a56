package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.resolution.MergeRecords;
import io.github.bankcrm.core.resolution.MergeRecordsContract;

class PostgresMergeRecordsTest extends MergeRecordsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected MergeRecords newMergeRecords(Customers customers) {
    return crm.mergeRecords();
  }
}
