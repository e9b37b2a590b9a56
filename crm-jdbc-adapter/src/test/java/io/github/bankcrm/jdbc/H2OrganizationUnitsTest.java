package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.organization.OrganizationUnitsContract;

class H2OrganizationUnitsTest extends OrganizationUnitsContract {

  @Override
  protected OrganizationUnits newOrganizationUnits() {
    TestDatabases.wipe(TestDatabases.h2());
    return JdbcCrm.on(TestDatabases.h2()).organizationUnits();
  }
}
