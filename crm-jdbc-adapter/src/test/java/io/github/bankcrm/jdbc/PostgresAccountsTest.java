package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.AccountsContract;

class PostgresAccountsTest extends AccountsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.postgres());
    return crm.customers();
  }

  @Override
  protected Accounts newAccounts(Customers customers) {
    return crm.accounts();
  }
}
