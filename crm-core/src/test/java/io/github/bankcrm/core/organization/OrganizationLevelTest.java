package io.github.bankcrm.core.organization;

import static io.github.bankcrm.core.organization.OrganizationLevel.BRANCH;
import static io.github.bankcrm.core.organization.OrganizationLevel.HEAD_OFFICE;
import static io.github.bankcrm.core.organization.OrganizationLevel.OUTLET;
import static io.github.bankcrm.core.organization.OrganizationLevel.SUB_BRANCH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationLevelTest {

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource({
    "HEAD_OFFICE, HEAD_OFFICE, false",
    "HEAD_OFFICE, BRANCH,      false",
    "BRANCH,      HEAD_OFFICE, true",
    "BRANCH,      BRANCH,      true",
    "BRANCH,      SUB_BRANCH,  false",
    "BRANCH,      OUTLET,      false",
    "SUB_BRANCH,  HEAD_OFFICE, false",
    "SUB_BRANCH,  BRANCH,      true",
    "SUB_BRANCH,  SUB_BRANCH,  false",
    "SUB_BRANCH,  OUTLET,      false",
    "OUTLET,      HEAD_OFFICE, false",
    "OUTLET,      BRANCH,      true",
    "OUTLET,      SUB_BRANCH,  true",
    "OUTLET,      OUTLET,      false",
  })
  void may_sit_only_under_the_levels_the_bank_allows(
      OrganizationLevel child, OrganizationLevel parent, boolean allowed) {
    assertThat(child.mayBeUnder(parent)).isEqualTo(allowed);
  }

  @Test
  void lists_the_allowed_parent_levels() {
    assertThat(HEAD_OFFICE.allowedParents()).isEmpty();
    assertThat(BRANCH.allowedParents()).containsExactlyInAnyOrder(HEAD_OFFICE, BRANCH);
    assertThat(SUB_BRANCH.allowedParents()).containsExactly(BRANCH);
    assertThat(OUTLET.allowedParents()).containsExactlyInAnyOrder(BRANCH, SUB_BRANCH);
  }

  @Test
  void only_the_head_office_is_the_root() {
    assertThat(HEAD_OFFICE.isRoot()).isTrue();
    assertThat(BRANCH.isRoot()).isFalse();
    assertThat(SUB_BRANCH.isRoot()).isFalse();
    assertThat(OUTLET.isRoot()).isFalse();
  }
}
