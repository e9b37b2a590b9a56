package io.github.bankcrm.core.organization;

import static io.github.bankcrm.core.organization.OrganizationFixture.BJ;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.HO;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static io.github.bankcrm.core.organization.OrganizationFixture.hierarchy;
import static io.github.bankcrm.core.organization.OrganizationFixture.scopeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

  @Nested
  class A_sub_branch_user {

    private final AccessScope scope = scopeOf("BJ01");

    @Test
    void sees_their_own_unit_only() {
      assertThat(scope.visibleUnits()).containsExactly(BJ01);
      assertThat(scope.canSee(BJ01)).isTrue();
      assertThat(scope.canSee(BJ02)).isFalse();
      assertThat(scope.canSee(BJ)).isFalse();
      assertThat(scope.canSee(HO)).isFalse();
    }
  }

  @Nested
  class A_branch_user {

    private final AccessScope scope = scopeOf("BJ");

    @Test
    void sees_the_branch_and_its_sub_branches() {
      assertThat(scope.visibleUnits()).containsExactlyInAnyOrder(BJ, BJ01, BJ02);
    }

    @Test
    void does_not_see_another_branch_nor_the_head_office() {
      assertThat(scope.canSee(SH)).isFalse();
      assertThat(scope.canSee(SH01)).isFalse();
      assertThat(scope.canSee(HO)).isFalse();
    }
  }

  @Test
  void a_head_office_user_sees_every_unit() {
    AccessScope scope = scopeOf("HO");

    assertThat(scope.visibleUnits()).containsExactlyInAnyOrder(HO, BJ, SH, BJ01, BJ02, SH01);
    assertThat(scope.isUnrestricted()).isFalse();
  }

  @Test
  void several_granted_units_see_the_union_of_their_subtrees() {
    assertThat(scopeOf("BJ02", "SH").visibleUnits()).containsExactlyInAnyOrder(BJ02, SH, SH01);
  }

  @Test
  void the_granted_units_are_kept_for_adapters_that_filter_by_path_prefix() {
    assertThat(scopeOf("BJ02", "SH").grantedUnits()).containsExactlyInAnyOrder(BJ02, SH);
    assertThat(scopeOf().grantedUnits()).isEmpty();
  }

  @Test
  void overlapping_grants_are_the_same_as_the_wider_one() {
    assertThat(scopeOf("BJ", "BJ01")).isEqualTo(scopeOf("BJ"));
  }

  @Test
  void no_granted_unit_sees_nothing() {
    AccessScope scope = scopeOf();

    assertThat(scope.visibleUnits()).isEmpty();
    assertThat(scope.canSee(HO)).isFalse();
  }

  @Test
  void a_unit_outside_the_hierarchy_is_not_visible() {
    assertThat(scopeOf("HO").canSee(OrganizationUnitId.of("GZ"))).isFalse();
  }

  @Test
  void an_unknown_granted_unit_is_a_configuration_error() {
    assertThatThrownBy(() -> AccessScope.of(hierarchy(), List.of(OrganizationUnitId.of("GZ"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GZ");
  }

  @Nested
  class The_unrestricted_scope {

    private final AccessScope scope = AccessScope.unrestricted();

    @Test
    void sees_every_unit_even_outside_the_hierarchy() {
      assertThat(scope.isUnrestricted()).isTrue();
      assertThat(scope.canSee(HO)).isTrue();
      assertThat(scope.canSee(OrganizationUnitId.of("GZ"))).isTrue();
    }

    @Test
    void has_no_list_of_units_for_adapters_to_filter_on() {
      assertThatThrownBy(scope::visibleUnits).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(scope::grantedUnits).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void visible_units_cannot_be_changed() {
    assertThatThrownBy(() -> scopeOf("BJ01").visibleUnits().add(SH))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void to_string_is_short() {
    assertThat(scopeOf("SH", "BJ")).hasToString("AccessScope[granted=[BJ, SH], visible=5 units]");
    assertThat(AccessScope.unrestricted()).hasToString("AccessScope[unrestricted]");
  }

  @Test
  void refuses_null_arguments() {
    assertThatThrownBy(() -> AccessScope.of(null, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AccessScope.of(hierarchy(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scopeOf("HO").canSee(null)).isInstanceOf(NullPointerException.class);
  }
}
