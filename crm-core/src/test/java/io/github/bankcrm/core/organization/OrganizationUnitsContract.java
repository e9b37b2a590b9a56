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

import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link OrganizationUnits} adapter keeps. An adapter's test extends this class and
 * supplies a fresh, empty store per test; the suite ships in the crm-core test-jar.
 */
public abstract class OrganizationUnitsContract {

  private static final OrganizationUnitId GZ = OrganizationUnitId.of("GZ");

  /** The store under test. */
  protected OrganizationUnits units;

  /**
   * A new store with no units, not shared with any other test.
   *
   * @return the empty store
   */
  protected abstract OrganizationUnits newOrganizationUnits();

  /** Creates the store under test. */
  @BeforeEach
  public void createStore() {
    units = newOrganizationUnits();
  }

  private void givenTheFixtureBank() {
    for (OrganizationUnit unit : OrganizationFixture.units()) {
      assertThat(units.add(unit)).isEqualTo(Either.right(unit));
    }
  }

  private static OrganizationUnit unitOf(
      String id, OrganizationLevel level, OrganizationUnitId parent) {
    return new OrganizationUnit(OrganizationUnitId.of(id), id + " 机构", level, parent);
  }

  private OrganizationError refusedAdd(OrganizationUnit unit) {
    Either<OrganizationError, OrganizationUnit> result = units.add(unit);
    assertThat(result.isLeft()).as("add of %s refused, got %s", unit, result).isTrue();
    return result.getLeft();
  }

  @Test
  public void a_new_store_is_empty() {
    assertThat(units.hierarchy().units()).isEmpty();
    assertThat(units.hierarchy().root()).isEmpty();
    assertThat(units.findById(HO)).isEmpty();
  }

  @Test
  public void adds_the_head_office_first() {
    assertThat(units.add(unit("HO"))).isEqualTo(Either.right(unit("HO")));

    assertThat(units.findById(HO)).contains(unit("HO"));
    assertThat(units.hierarchy().root()).contains(unit("HO"));
  }

  @Test
  public void adds_branches_and_sub_branches_under_their_parents() {
    givenTheFixtureBank();

    assertThat(units.hierarchy().units())
        .containsExactlyInAnyOrderElementsOf(OrganizationFixture.units());
    assertThat(units.hierarchy().subtree(BJ)).containsExactlyInAnyOrder(BJ, BJ01, BJ02);
    assertThat(units.findById(SH01)).contains(unit("SH01"));
  }

  @Test
  public void adds_a_tier_two_branch_under_a_branch_and_outlets_under_a_branch_or_sub_branch() {
    givenTheFixtureBank();
    OrganizationUnit tierTwo = unitOf("BJ-TZ", BRANCH, BJ);
    OrganizationUnit outletOfSubBranch = unitOf("BJ0101", OUTLET, BJ01);
    OrganizationUnit outletOfBranch = unitOf("SH-W1", OUTLET, SH);

    assertThat(units.add(tierTwo)).isEqualTo(Either.right(tierTwo));
    assertThat(units.add(outletOfSubBranch)).isEqualTo(Either.right(outletOfSubBranch));
    assertThat(units.add(outletOfBranch)).isEqualTo(Either.right(outletOfBranch));

    assertThat(units.hierarchy().pathFromRoot(outletOfSubBranch.id()))
        .extracting(OrganizationUnit::id)
        .containsExactly(HO, BJ, BJ01, outletOfSubBranch.id());
  }

  @Test
  public void refuses_a_unit_before_its_head_office() {
    assertThat(refusedAdd(unit("BJ"))).isEqualTo(new OrganizationError.UnknownParent(BJ, HO));
    assertThat(units.hierarchy().units()).isEmpty();
  }

  @Test
  public void refuses_a_second_head_office() {
    givenTheFixtureBank();
    OrganizationUnitId second = OrganizationUnitId.of("HQ");

    assertThat(refusedAdd(new OrganizationUnit(second, "第二总行", HEAD_OFFICE, null)))
        .isEqualTo(new OrganizationError.NoSingleRoot(List.of(HO, second)));
    assertThat(units.findById(second)).isEmpty();
  }

  @Test
  public void refuses_a_code_already_taken_and_keeps_the_first_unit() {
    givenTheFixtureBank();

    assertThat(refusedAdd(new OrganizationUnit(BJ01, "另一个支行", SUB_BRANCH, BJ)))
        .isEqualTo(new OrganizationError.DuplicateUnit(BJ01));
    assertThat(refusedAdd(unit("HO"))).isEqualTo(new OrganizationError.DuplicateUnit(HO));
    assertThat(units.findById(BJ01)).contains(unit("BJ01"));
  }

  @Test
  public void refuses_a_unit_whose_parent_is_not_stored() {
    givenTheFixtureBank();
    OrganizationUnit orphan = unitOf("GZ01", SUB_BRANCH, GZ);

    assertThat(refusedAdd(orphan)).isEqualTo(new OrganizationError.UnknownParent(orphan.id(), GZ));
    assertThat(units.findById(orphan.id())).isEmpty();
  }

  @Test
  public void refuses_a_sub_branch_or_an_outlet_directly_under_the_head_office() {
    givenTheFixtureBank();
    OrganizationUnit subBranch = unitOf("HO01", SUB_BRANCH, HO);
    OrganizationUnit outlet = unitOf("HO-W1", OUTLET, HO);

    assertThat(refusedAdd(subBranch))
        .isEqualTo(
            new OrganizationError.LevelNotAllowed(subBranch.id(), SUB_BRANCH, HO, HEAD_OFFICE));
    assertThat(refusedAdd(outlet))
        .isEqualTo(new OrganizationError.LevelNotAllowed(outlet.id(), OUTLET, HO, HEAD_OFFICE));
  }

  @Test
  public void refuses_a_branch_or_a_sub_branch_under_a_sub_branch() {
    givenTheFixtureBank();

    assertThat(refusedAdd(unitOf("X1", BRANCH, BJ01)))
        .isInstanceOf(OrganizationError.LevelNotAllowed.class);
    assertThat(refusedAdd(unitOf("X2", SUB_BRANCH, BJ01)))
        .isInstanceOf(OrganizationError.LevelNotAllowed.class);
  }

  @Test
  public void refuses_anything_under_an_outlet() {
    givenTheFixtureBank();
    OrganizationUnit outlet = unitOf("BJ0101", OUTLET, BJ01);
    units.add(outlet);

    assertThat(refusedAdd(unitOf("BJ010101", OUTLET, outlet.id())))
        .isEqualTo(
            new OrganizationError.LevelNotAllowed(
                OrganizationUnitId.of("BJ010101"), OUTLET, outlet.id(), OUTLET));
  }

  @Test
  public void a_refused_add_leaves_the_store_unchanged() {
    givenTheFixtureBank();
    List<OrganizationUnit> before = units.hierarchy().units();

    refusedAdd(unitOf("HO01", SUB_BRANCH, HO));
    refusedAdd(unitOf("GZ01", SUB_BRANCH, GZ));

    assertThat(units.hierarchy().units()).containsExactlyElementsOf(before);
  }

  @Test
  public void renames_a_unit_without_moving_it() {
    givenTheFixtureBank();

    Either<OrganizationError, OrganizationUnit> renamed = units.rename(BJ, " 北京市分行 ");

    OrganizationUnit expected = new OrganizationUnit(BJ, "北京市分行", BRANCH, HO);
    assertThat(renamed).isEqualTo(Either.right(expected));
    assertThat(units.findById(BJ)).contains(expected);
    assertThat(units.hierarchy().subtree(BJ)).containsExactlyInAnyOrder(BJ, BJ01, BJ02);
    assertThat(units.hierarchy().pathFromRoot(BJ01)).contains(expected);
  }

  @Test
  public void refuses_to_rename_a_unit_that_is_not_stored() {
    givenTheFixtureBank();

    assertThat(units.rename(GZ, "广州分行"))
        .isEqualTo(Either.left(new OrganizationError.UnitNotFound(GZ)));
  }

  @Test
  public void refuses_a_blank_or_too_long_name_and_keeps_the_old_one() {
    givenTheFixtureBank();

    FieldError blank = FieldError.required("name");
    FieldError tooLong = FieldError.tooLong("name", OrganizationUnit.MAX_NAME_LENGTH);

    assertThat(units.rename(SH, "  "))
        .isEqualTo(Either.left(new OrganizationError.InvalidInput(List.of(blank))));
    assertThat(units.rename(SH, "分".repeat(OrganizationUnit.MAX_NAME_LENGTH + 1)))
        .isEqualTo(Either.left(new OrganizationError.InvalidInput(List.of(tooLong))));
    assertThat(units.findById(SH)).contains(unit("SH"));
  }

  @Test
  public void a_hierarchy_is_a_snapshot_that_later_changes_do_not_alter() {
    givenTheFixtureBank();
    OrganizationHierarchy before = units.hierarchy();

    units.add(unitOf("SH02", SUB_BRANCH, SH));
    units.rename(SH, "上海市分行");

    assertThat(before.subtree(SH)).containsExactlyInAnyOrder(SH, SH01);
    assertThat(before.unit(SH)).contains(unit("SH"));
    assertThat(units.hierarchy().subtree(SH))
        .containsExactlyInAnyOrder(SH, SH01, OrganizationUnitId.of("SH02"));
  }

  @Test
  public void refuses_null_arguments() {
    assertThatThrownBy(() -> units.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> units.rename(null, "名称")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> units.findById(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  public void concurrent_adds_of_different_units_all_land() throws Exception {
    givenTheFixtureBank();
    List<OrganizationUnit> outlets = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      outlets.add(unitOf("BJ01-W" + i, OUTLET, BJ01));
    }

    List<Callable<Either<OrganizationError, OrganizationUnit>>> adds = new ArrayList<>();
    for (OrganizationUnit outlet : outlets) {
      adds.add(() -> units.add(outlet));
    }

    List<Either<OrganizationError, OrganizationUnit>> results = inParallel(adds);

    assertThat(results).allMatch(Either::isRight);
    assertThat(units.hierarchy().children(BJ01)).containsExactlyInAnyOrderElementsOf(outlets);
  }

  @Test
  public void of_concurrent_adds_of_the_same_code_exactly_one_succeeds() throws Exception {
    givenTheFixtureBank();
    List<Callable<Either<OrganizationError, OrganizationUnit>>> adds = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      OrganizationUnit contender =
          new OrganizationUnit(OrganizationUnitId.of("SH02"), "上海支行 " + i, SUB_BRANCH, SH);
      adds.add(() -> units.add(contender));
    }

    List<Either<OrganizationError, OrganizationUnit>> results = inParallel(adds);

    List<OrganizationUnit> winners =
        results.stream().filter(Either::isRight).map(Either::get).toList();
    assertThat(winners).hasSize(1);
    assertThat(results)
        .filteredOn(Either::isLeft)
        .extracting(Either::getLeft)
        .containsOnly(new OrganizationError.DuplicateUnit(OrganizationUnitId.of("SH02")));
    assertThat(units.findById(OrganizationUnitId.of("SH02"))).contains(winners.get(0));
  }

  private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
