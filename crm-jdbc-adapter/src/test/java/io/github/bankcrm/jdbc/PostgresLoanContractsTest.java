package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.LoanContractsContract;

class PostgresLoanContractsTest extends LoanContractsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected LoanContracts newLoanContracts(Customers customers) {
    return crm.loanContracts();
  }
}
