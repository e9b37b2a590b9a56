package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.organization.OrganizationUnitsContract;

class PostgresOrganizationUnitsTest extends OrganizationUnitsContract {

  @Override
  protected OrganizationUnits newOrganizationUnits() {
    TestDatabases.wipe(TestDatabases.postgres());
    return JdbcCrm.on(TestDatabases.postgres()).organizationUnits();
  }
}
