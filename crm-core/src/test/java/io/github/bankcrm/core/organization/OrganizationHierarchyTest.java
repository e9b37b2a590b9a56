package io.github.bankcrm.core.organization;

import static io.github.bankcrm.core.organization.OrganizationFixture.BJ;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.HO;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static io.github.bankcrm.core.organization.OrganizationFixture.unit;
import static io.github.bankcrm.core.organization.OrganizationLevel.BRANCH;
import static io.github.bankcrm.core.organization.OrganizationLevel.HEAD_OFFICE;
import static io.github.bankcrm.core.organization.OrganizationLevel.OUTLET;
import static io.github.bankcrm.core.organization.OrganizationLevel.SUB_BRANCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganizationHierarchyTest {

  private static final OrganizationUnitId GZ = OrganizationUnitId.of("GZ");

  private static OrganizationUnit unitOf(
      String id, OrganizationLevel level, OrganizationUnitId parent) {
    return new OrganizationUnit(OrganizationUnitId.of(id), id + " name", level, parent);
  }

  private static List<OrganizationUnit> fixturePlus(OrganizationUnit... more) {
    List<OrganizationUnit> units = new ArrayList<>(OrganizationFixture.units());
    units.addAll(List.of(more));
    return units;
  }

  private static OrganizationError refusal(List<OrganizationUnit> units) {
    Either<OrganizationError, OrganizationHierarchy> result = OrganizationHierarchy.of(units);
    assertThat(result.isLeft()).as("refused: %s", result).isTrue();
    return result.getLeft();
  }

  private final OrganizationHierarchy hierarchy = OrganizationFixture.hierarchy();

  @Nested
  class Building {

    @Test
    void accepts_units_in_any_order() {
      List<OrganizationUnit> reversed = new ArrayList<>(OrganizationFixture.units());
      Collections.reverse(reversed);

      assertThat(OrganizationHierarchy.of(reversed).get().units())
          .containsExactlyElementsOf(hierarchy.units());
    }

    @Test
    void an_empty_collection_is_the_empty_hierarchy() {
      OrganizationHierarchy empty = OrganizationHierarchy.of(List.of()).get();

      assertThat(empty.units()).isEmpty();
      assertThat(empty.root()).isEmpty();
      assertThat(empty.subtree(HO)).isEmpty();
    }

    @Test
    void a_head_office_alone_is_a_tree() {
      OrganizationHierarchy alone = OrganizationHierarchy.of(List.of(unit("HO"))).get();

      assertThat(alone.root()).contains(unit("HO"));
      assertThat(alone.subtree(HO)).containsExactly(HO);
    }

    @Test
    void refuses_a_code_used_twice() {
      assertThat(refusal(fixturePlus(unitOf("BJ", BRANCH, SH))))
          .isEqualTo(new OrganizationError.DuplicateUnit(BJ));
    }

    @Test
    void refuses_units_without_a_head_office() {
      assertThat(refusal(List.of(unit("BJ"), unit("BJ01"))))
          .isEqualTo(new OrganizationError.NoSingleRoot(List.of()));
    }

    @Test
    void refuses_two_head_offices() {
      assertThat(refusal(fixturePlus(unitOf("HQ", HEAD_OFFICE, null))))
          .isEqualTo(new OrganizationError.NoSingleRoot(List.of(HO, OrganizationUnitId.of("HQ"))));
    }

    @Test
    void refuses_a_unit_whose_parent_is_missing() {
      assertThat(refusal(fixturePlus(unitOf("GZ01", SUB_BRANCH, GZ))))
          .isEqualTo(new OrganizationError.UnknownParent(OrganizationUnitId.of("GZ01"), GZ));
    }

    @Test
    void refuses_a_sub_branch_directly_under_the_head_office() {
      assertThat(refusal(fixturePlus(unitOf("HO01", SUB_BRANCH, HO))))
          .isEqualTo(
              new OrganizationError.LevelNotAllowed(
                  OrganizationUnitId.of("HO01"), SUB_BRANCH, HO, HEAD_OFFICE));
    }

    @Test
    void refuses_a_unit_under_an_outlet() {
      OrganizationUnit outlet = unitOf("BJ0101", OUTLET, BJ01);
      OrganizationUnit below = unitOf("BJ010101", OUTLET, outlet.id());

      assertThat(refusal(fixturePlus(outlet, below)))
          .isInstanceOf(OrganizationError.LevelNotAllowed.class);
    }

    @Test
    void refuses_branches_whose_parents_go_round_in_a_circle() {
      OrganizationUnit north = unitOf("NORTH", BRANCH, OrganizationUnitId.of("EAST"));
      OrganizationUnit east = unitOf("EAST", BRANCH, OrganizationUnitId.of("NORTH"));
      OrganizationUnit below = unitOf("EAST01", SUB_BRANCH, east.id());

      OrganizationError error = refusal(fixturePlus(below, north, east));

      assertThat(error)
          .isEqualTo(new OrganizationError.CycleDetected(List.of(east.id(), north.id())));
      assertThat(error.message())
          .isEqualTo("organisation units form a cycle: EAST -> NORTH -> EAST");
    }

    @Test
    void refuses_null() {
      assertThatThrownBy(() -> OrganizationHierarchy.of(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> OrganizationHierarchy.of(Collections.singletonList(null)))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Queries {

    @Test
    void the_root_is_the_head_office() {
      assertThat(hierarchy.root()).contains(unit("HO"));
    }

    @Test
    void finds_a_unit_by_code() {
      assertThat(hierarchy.unit(BJ01)).map(OrganizationUnit::name).contains("北京朝阳支行");
      assertThat(hierarchy.unit(GZ)).isEmpty();
    }

    @Test
    void lists_units_depth_first_with_children_in_code_order() {
      assertThat(hierarchy.units())
          .extracting(OrganizationUnit::id)
          .containsExactly(HO, BJ, BJ01, BJ02, SH, SH01);
    }

    @Test
    void lists_the_children_of_a_unit() {
      assertThat(hierarchy.children(HO)).extracting(OrganizationUnit::id).containsExactly(BJ, SH);
      assertThat(hierarchy.children(BJ01)).isEmpty();
      assertThat(hierarchy.children(GZ)).isEmpty();
    }

    @Test
    void the_subtree_of_a_branch_is_the_branch_and_its_sub_branches() {
      assertThat(hierarchy.subtree(BJ)).containsExactlyInAnyOrder(BJ, BJ01, BJ02);
      assertThat(hierarchy.subtree(BJ)).isEqualTo(java.util.Set.of(BJ, BJ01, BJ02));
    }

    @Test
    void the_subtree_of_a_leaf_is_the_leaf() {
      assertThat(hierarchy.subtree(SH01)).containsExactly(SH01);
    }

    @Test
    void the_subtree_of_the_root_is_every_unit() {
      assertThat(hierarchy.subtree(HO)).containsExactlyInAnyOrder(HO, BJ, SH, BJ01, BJ02, SH01);
    }

    @Test
    void the_subtree_of_an_unknown_unit_is_empty() {
      assertThat(hierarchy.subtree(GZ)).isEmpty();
    }

    @Test
    void a_subtree_cannot_be_changed() {
      assertThatThrownBy(() -> hierarchy.subtree(BJ).add(SH))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> hierarchy.subtree(BJ).clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_path_runs_from_the_head_office_down_to_the_unit() {
      assertThat(hierarchy.pathFromRoot(BJ02))
          .extracting(OrganizationUnit::id)
          .containsExactly(HO, BJ, BJ02);
      assertThat(hierarchy.pathFromRoot(HO)).extracting(OrganizationUnit::id).containsExactly(HO);
      assertThat(hierarchy.pathFromRoot(GZ)).isEmpty();
    }

    @Test
    void a_unit_is_within_itself_and_its_ancestors_only() {
      assertThat(hierarchy.isWithin(BJ01, BJ01)).isTrue();
      assertThat(hierarchy.isWithin(BJ01, BJ)).isTrue();
      assertThat(hierarchy.isWithin(BJ01, HO)).isTrue();
      assertThat(hierarchy.isWithin(BJ01, BJ02)).isFalse();
      assertThat(hierarchy.isWithin(BJ01, SH)).isFalse();
      assertThat(hierarchy.isWithin(BJ, BJ01)).isFalse();
    }

    @Test
    void nothing_is_within_an_unknown_unit_and_an_unknown_unit_is_within_nothing() {
      assertThat(hierarchy.isWithin(BJ, GZ)).isFalse();
      assertThat(hierarchy.isWithin(GZ, HO)).isFalse();
    }

    @Test
    void to_string_is_short() {
      assertThat(hierarchy).hasToString("OrganizationHierarchy[6 units, root=HO]");
      assertThat(OrganizationHierarchy.empty()).hasToString("OrganizationHierarchy[0 units]");
    }
  }

  @Nested
  class Changing {

    @Test
    void adding_a_unit_gives_a_larger_tree_and_leaves_this_one_alone() {
      OrganizationUnit outlet = unitOf("SH0101", OUTLET, SH01);

      OrganizationHierarchy larger = hierarchy.withAdded(outlet).get();

      assertThat(larger.subtree(SH)).containsExactlyInAnyOrder(SH, SH01, outlet.id());
      assertThat(hierarchy.unit(outlet.id())).isEmpty();
    }

    @Test
    void adding_a_branch_to_the_empty_hierarchy_reports_its_missing_parent() {
      assertThat(OrganizationHierarchy.empty().withAdded(unit("BJ")).getLeft())
          .isEqualTo(new OrganizationError.UnknownParent(BJ, HO));
    }

    @Test
    void adding_a_taken_code_is_refused() {
      assertThat(hierarchy.withAdded(unitOf("SH01", SUB_BRANCH, BJ)).getLeft())
          .isEqualTo(new OrganizationError.DuplicateUnit(SH01));
    }

    @Test
    void renaming_keeps_the_place_in_the_tree() {
      OrganizationHierarchy renamed = hierarchy.withRenamed(BJ, "  北京市分行 ").get();

      assertThat(renamed.unit(BJ)).map(OrganizationUnit::name).contains("北京市分行");
      assertThat(renamed.subtree(BJ)).isEqualTo(hierarchy.subtree(BJ));
      assertThat(hierarchy.unit(BJ)).map(OrganizationUnit::name).contains("北京分行");
    }

    @Test
    void renaming_an_unknown_unit_is_refused() {
      assertThat(hierarchy.withRenamed(GZ, "广州分行").getLeft())
          .isEqualTo(new OrganizationError.UnitNotFound(GZ));
    }

    @Test
    void renaming_to_a_blank_name_is_refused() {
      assertThat(hierarchy.withRenamed(BJ, " ").getLeft())
          .isInstanceOfSatisfying(
              OrganizationError.InvalidInput.class,
              invalid -> assertThat(invalid.errors()).extracting("path").containsExactly("name"));
    }
  }
}
