package io.github.bankcrm.core.organization;

import static io.github.bankcrm.core.organization.OrganizationLevel.BRANCH;
import static io.github.bankcrm.core.organization.OrganizationLevel.HEAD_OFFICE;
import static io.github.bankcrm.core.organization.OrganizationLevel.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bankcrm.core.shared.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganizationUnitTest {

  private static final OrganizationUnitId HO = OrganizationUnitId.of("HO");
  private static final OrganizationUnitId BJ = OrganizationUnitId.of("BJ");

  @Nested
  class Creating_from_input {

    @Test
    void builds_a_branch_with_stripped_values() {
      Validation<Seq<FieldError>, OrganizationUnit> result =
          OrganizationUnit.create(" BJ ", " 北京分行 ", BRANCH, " HO ");

      assertThat(result.get()).isEqualTo(new OrganizationUnit(BJ, "北京分行", BRANCH, HO));
      assertThat(result.get().parentId()).contains(HO);
    }

    @Test
    void builds_a_head_office_without_a_parent() {
      OrganizationUnit headOffice = OrganizationUnit.create("HO", "总行", HEAD_OFFICE, null).get();

      assertThat(headOffice.parent()).isNull();
      assertThat(headOffice.parentId()).isEmpty();
    }

    @Test
    void reports_every_field_error_at_once() {
      Validation<Seq<FieldError>, OrganizationUnit> result =
          OrganizationUnit.create("bj", " ", null, "h o");

      assertThat(result.getError())
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(
              tuple("id", "invalid_format"),
              tuple("name", "required"),
              tuple("level", "required"),
              tuple("parent", "invalid_format"));
    }

    @Test
    void requires_an_id() {
      assertThat(errorPaths(OrganizationUnit.create(null, "北京分行", BRANCH, "HO")))
          .containsExactly("id:required");
    }

    @Test
    void refuses_a_name_longer_than_100_characters() {
      assertThat(errorPaths(OrganizationUnit.create("BJ", "分".repeat(101), BRANCH, "HO")))
          .containsExactly("name:too_long");
      assertThat(OrganizationUnit.create("BJ", "分".repeat(100), BRANCH, "HO").isValid()).isTrue();
    }

    @Test
    void counts_characters_not_utf16_units() {
      assertThat(OrganizationUnit.create("BJ", "𠀀".repeat(100), BRANCH, "HO").isValid()).isTrue();
    }

    @Test
    void requires_a_parent_below_the_head_office() {
      assertThat(errorPaths(OrganizationUnit.create("BJ0101", "网点", OUTLET, " ")))
          .containsExactly("parent:required");
    }

    @Test
    void refuses_a_parent_for_the_head_office() {
      assertThat(errorPaths(OrganizationUnit.create("HO", "总行", HEAD_OFFICE, "BJ")))
          .containsExactly("parent:not_allowed");
    }

    @Test
    void refuses_a_unit_as_its_own_parent() {
      assertThat(errorPaths(OrganizationUnit.create("BJ", "北京分行", BRANCH, "BJ")))
          .containsExactly("parent:self_reference");
    }

    private Seq<String> errorPaths(Validation<Seq<FieldError>, OrganizationUnit> result) {
      return result.getError().map(error -> error.path() + ":" + error.code());
    }
  }

  @Nested
  class Invariants {

    @Test
    void a_head_office_has_no_parent() {
      assertThatThrownBy(() -> new OrganizationUnit(HO, "总行", HEAD_OFFICE, BJ))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_other_unit_has_a_parent() {
      assertThatThrownBy(() -> new OrganizationUnit(BJ, "北京分行", BRANCH, null))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_unit_is_not_its_own_parent() {
      assertThatThrownBy(() -> new OrganizationUnit(BJ, "北京分行", BRANCH, BJ))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_name_is_not_blank() {
      assertThatThrownBy(() -> new OrganizationUnit(BJ, " ", BRANCH, HO))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void id_name_and_level_are_required() {
      assertThatThrownBy(() -> new OrganizationUnit(null, "北京分行", BRANCH, HO))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new OrganizationUnit(BJ, null, BRANCH, HO))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new OrganizationUnit(BJ, "北京分行", null, HO))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Renaming {

    private final OrganizationUnit branch = new OrganizationUnit(BJ, "北京分行", BRANCH, HO);

    @Test
    void keeps_everything_but_the_name() {
      assertThat(branch.renamed(" 北京市分行 ").get())
          .isEqualTo(new OrganizationUnit(BJ, "北京市分行", BRANCH, HO));
    }

    @Test
    void refuses_a_blank_name() {
      assertThat(branch.renamed("").getError()).isEqualTo(FieldError.required("name"));
      assertThat(branch.renamed(null).getError()).isEqualTo(FieldError.required("name"));
    }
  }
}
