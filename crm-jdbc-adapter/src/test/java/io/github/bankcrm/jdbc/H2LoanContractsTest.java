package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.LoanContractsContract;

class H2LoanContractsTest extends LoanContractsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.h2());
    return crm.customers();
  }

  @Override
  protected LoanContracts newLoanContracts(Customers customers) {
    return crm.loanContracts();
  }
}
