package io.github.bankcrm.core.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.organization.OrganizationUnitsContract;
import org.junit.jupiter.api.Test;

class InMemoryOrganizationUnitsTest extends OrganizationUnitsContract {

  @Override
  protected OrganizationUnits newOrganizationUnits() {
    return new InMemoryOrganizationUnits();
  }

  @Test
  void starts_from_a_given_hierarchy() {
    InMemoryOrganizationUnits seeded =
        new InMemoryOrganizationUnits(OrganizationFixture.hierarchy());

    assertThat(seeded.hierarchy().units())
        .containsExactlyElementsOf(OrganizationFixture.hierarchy().units());
    assertThat(seeded).hasToString("InMemoryOrganizationUnits[6 units]");
  }
}
