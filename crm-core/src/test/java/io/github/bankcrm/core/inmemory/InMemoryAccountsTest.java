package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.AccountsContract;

class InMemoryAccountsTest extends AccountsContract {

  @Override
  protected Customers newCustomers() {
    return new InMemoryCustomers();
  }

  @Override
  protected Accounts newAccounts(Customers customers) {
    return new InMemoryAccounts(customers);
  }
}
