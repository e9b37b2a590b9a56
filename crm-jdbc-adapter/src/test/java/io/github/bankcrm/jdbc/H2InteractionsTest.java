package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.interaction.InteractionsContract;

class H2InteractionsTest extends InteractionsContract {

  private JdbcCrm crm;

  @Override
  protected Customers newCustomers() {
    crm = TestDatabases.fresh(TestDatabases.h2());
    return crm.customers();
  }

  @Override
  protected Interactions newInteractions(Customers customers) {
    return crm.interactions();
  }
}
