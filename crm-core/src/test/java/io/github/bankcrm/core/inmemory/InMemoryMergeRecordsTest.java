package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.resolution.MergeRecords;
import io.github.bankcrm.core.resolution.MergeRecordsContract;

class InMemoryMergeRecordsTest extends MergeRecordsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected MergeRecords newMergeRecords(Customers customers) {
    return new InMemoryMergeRecords(customers);
  }
}
