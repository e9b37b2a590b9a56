package io.github.bankcrm.core.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrganizationHierarchyProperties {

  /**
   * How one generated unit attaches: which earlier unit is its parent, which allowed level it
   * takes.
   */
  private record Placement(int parentChoice, int levelChoice) {}

  @Provide
  Arbitrary<OrganizationHierarchy> trees() {
    Arbitrary<Placement> placements =
        Combinators.combine(
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 10))
            .as(Placement::new);
    return placements
        .list()
        .ofMaxSize(40)
        .map(OrganizationHierarchyProperties::unitsOf)
        .flatMap(Arbitraries::shuffle)
        .map(
            units ->
                OrganizationHierarchy.of(units)
                    .getOrElseThrow(
                        error -> new AssertionError("valid tree refused: " + error.message())));
  }

  /**
   * A head office, then each placement as a new unit under an earlier unit that may have children.
   */
  private static List<OrganizationUnit> unitsOf(List<Placement> placements) {
    List<OrganizationUnit> units = new ArrayList<>();
    units.add(
        new OrganizationUnit(
            OrganizationUnitId.of("U0"), "总行", OrganizationLevel.HEAD_OFFICE, null));
    for (Placement placement : placements) {
      List<OrganizationUnit> parents =
          units.stream().filter(unit -> !allowedUnder(unit.level()).isEmpty()).toList();
      OrganizationUnit parent = parents.get(placement.parentChoice() % parents.size());
      List<OrganizationLevel> levels = allowedUnder(parent.level());
      OrganizationLevel level = levels.get(placement.levelChoice() % levels.size());
      OrganizationUnitId id = OrganizationUnitId.of("U" + units.size());
      units.add(new OrganizationUnit(id, "机构 " + id, level, parent.id()));
    }
    return units;
  }

  private static List<OrganizationLevel> allowedUnder(OrganizationLevel parentLevel) {
    return Arrays.stream(OrganizationLevel.values())
        .filter(level -> level.mayBeUnder(parentLevel))
        .toList();
  }

  private static List<OrganizationUnitId> ids(OrganizationHierarchy hierarchy) {
    return hierarchy.units().stream().map(OrganizationUnit::id).toList();
  }

  @Property
  void a_unit_is_within_exactly_the_units_on_its_path_from_the_root(
      @ForAll("trees") OrganizationHierarchy hierarchy) {
    for (OrganizationUnitId unit : ids(hierarchy)) {
      Set<OrganizationUnitId> path =
          hierarchy.pathFromRoot(unit).stream()
              .map(OrganizationUnit::id)
              .collect(Collectors.toSet());
      for (OrganizationUnitId ancestor : ids(hierarchy)) {
        assertThat(hierarchy.isWithin(unit, ancestor))
            .as("%s within %s", unit, ancestor)
            .isEqualTo(path.contains(ancestor));
      }
    }
  }

  @Property
  void the_path_from_the_root_follows_parent_links_down_to_the_unit(
      @ForAll("trees") OrganizationHierarchy hierarchy) {
    OrganizationUnit root = hierarchy.root().orElseThrow();
    for (OrganizationUnit unit : hierarchy.units()) {
      List<OrganizationUnit> path = hierarchy.pathFromRoot(unit.id());
      assertThat(path.get(0)).isEqualTo(root);
      assertThat(path.get(path.size() - 1)).isEqualTo(unit);
      for (int i = 1; i < path.size(); i++) {
        assertThat(path.get(i).parent()).isEqualTo(path.get(i - 1).id());
      }
    }
  }

  @Property
  void the_subtree_of_the_root_is_every_unit(@ForAll("trees") OrganizationHierarchy hierarchy) {
    OrganizationUnitId root = hierarchy.root().orElseThrow().id();

    assertThat(hierarchy.subtree(root)).containsExactlyInAnyOrderElementsOf(ids(hierarchy));
  }

  @Property
  void a_subtree_is_every_unit_within_its_top(@ForAll("trees") OrganizationHierarchy hierarchy) {
    for (OrganizationUnitId top : ids(hierarchy)) {
      Set<OrganizationUnitId> within =
          ids(hierarchy).stream()
              .filter(unit -> hierarchy.isWithin(unit, top))
              .collect(Collectors.toSet());
      assertThat(hierarchy.subtree(top)).isEqualTo(within).hasSameSizeAs(within);
    }
  }

  @Property
  void a_user_granted_one_unit_sees_exactly_what_lies_within_it(
      @ForAll("trees") OrganizationHierarchy hierarchy) {
    for (OrganizationUnitId granted : ids(hierarchy)) {
      AccessScope scope = AccessScope.of(hierarchy, List.of(granted));
      for (OrganizationUnitId unit : ids(hierarchy)) {
        assertThat(scope.canSee(unit))
            .as("user of %s sees %s", granted, unit)
            .isEqualTo(hierarchy.isWithin(unit, granted));
      }
    }
  }
}
