package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.LoanContractsContract;

class InMemoryLoanContractsTest extends LoanContractsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected LoanContracts newLoanContracts(Customers customers) {
    return new InMemoryLoanContracts(customers);
  }
}
