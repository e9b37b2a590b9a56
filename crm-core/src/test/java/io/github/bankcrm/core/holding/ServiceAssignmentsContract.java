package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.holding.HoldingFixture.BEIJING;
import static io.github.bankcrm.core.holding.HoldingFixture.C1;
import static io.github.bankcrm.core.holding.HoldingFixture.C2;
import static io.github.bankcrm.core.holding.HoldingFixture.C3;
import static io.github.bankcrm.core.holding.HoldingFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.holding.HoldingFixture.S1;
import static io.github.bankcrm.core.holding.HoldingFixture.SHANGHAI;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link ServiceAssignments} port. Every adapter extends this class unchanged and
 * supplies a fresh, empty customer store from {@link #newCustomers()} and an assignment store over the
 * same storage from {@link #newServiceAssignments(Customers)}. The customers of {@link HoldingFixture}
 * are registered before each test.
 */
public abstract class ServiceAssignmentsContract {

  private static final RelationshipManagerId LI = RelationshipManagerId.of("RM001");
  private static final RelationshipManagerId WANG = RelationshipManagerId.of("RM002");
  private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL = LocalDate.of(2025, 7, 1);

  /**
   * A fresh, empty customer store. Called once per test, before {@link
   * #newServiceAssignments(Customers)}.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty assignment store that sees the customers of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned, with the fixture customers
   * @return the store
   */
  protected abstract ServiceAssignments newServiceAssignments(Customers customers);

  private ServiceAssignments assignments;

  @BeforeEach
  void freshStores() {
    assignments = newServiceAssignments(HoldingFixture.withCustomers(newCustomers()));
  }

  private AssignmentHistory saved(AccessScope scope, AssignmentUpdate update) {
    Either<HoldingError, AssignmentHistory> result = assignments.save(scope, update);
    assertThat(result.isRight()).as("save refused: %s", result).isTrue();
    return result.get();
  }

  private AssignmentHistory started(CustomerId customer, RelationshipManagerId manager, OrganizationUnitId unit) {
    return saved(HEAD_OFFICE, AssignmentHistory.start(customer, manager, unit, JAN, TELLER, NOW));
  }

  @Nested
  class Histories {

    @Test
    void a_reassignment_is_stored_with_the_whole_history() {
      AssignmentHistory history = started(C1, LI, BJ01);
      AssignmentHistory next = saved(BEIJING, history.reassign(1, WANG, BJ02, JUL, TELLER, NOW).get());

      assertThat(assignments.historyOf(BEIJING, C1)).contains(next);
      assertThat(assignments.currentAssignment(BEIJING, C1)).contains(new ServiceAssignment(WANG, BJ02, JUL, null));
      assertThat(assignments.historyOf(BEIJING, C2)).isEmpty();
    }

    @Test
    void a_stale_change_is_a_conflict_and_overwrites_nothing() {
      AssignmentHistory history = started(C1, LI, BJ01);
      AssignmentUpdate first = history.reassign(1, WANG, BJ02, JUL, TELLER, NOW).get();
      AssignmentUpdate stale = history.end(1, JUL, TELLER, NOW).get();
      saved(BEIJING, first);

      assertThat(assignments.save(BEIJING, stale).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("assignment history", "C1", 1, 2));
      assertThat(assignments.historyOf(BEIJING, C1)).contains(first.history());
      assertThat(assignments.save(BEIJING, AssignmentHistory.start(C1, WANG, BJ01, JAN, TELLER, NOW)).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("assignment history", "C1", 0, 2));
    }

    @Test
    void an_ended_service_has_no_current_assignment() {
      AssignmentHistory history = started(C1, LI, BJ01);
      saved(BEIJING, history.end(1, JUL, TELLER, NOW).get());

      assertThat(assignments.currentAssignment(BEIJING, C1)).isEmpty();
    }
  }

  @Nested
  class AccessScopeIsEnforced {

    @Test
    void a_customer_outside_the_scope_has_no_history_for_the_caller() {
      started(S1, WANG, SH01);

      assertThat(assignments.historyOf(BEIJING, S1)).isEmpty();
      assertThat(assignments.currentAssignment(BEIJING, S1)).isEmpty();
      assertThat(assignments.save(BEIJING, AssignmentHistory.start(S1, LI, BJ01, JUL, TELLER, NOW)).getLeft())
          .isEqualTo(new HoldingError.CustomerNotFound(S1));
      assertThat(assignments.historyOf(SHANGHAI, S1)).isPresent();
    }

    @Test
    void a_customer_is_not_handed_to_a_unit_outside_the_scope() {
      AssignmentHistory history = started(C1, LI, BJ01);
      AccessScope chaoyang = OrganizationFixture.scopeOf("BJ01");

      assertThat(assignments.save(chaoyang, history.reassign(1, WANG, BJ02, JUL, TELLER, NOW).get()).getLeft())
          .isEqualTo(new HoldingError.OutsideAccessScope(BJ02));
      assertThat(assignments.save(chaoyang, history.end(1, JUL, TELLER, NOW).get()).isRight()).isTrue();
    }
  }

  @Nested
  class ServedByAManager {

    @Test
    void answers_for_the_day_asked_for_and_only_customers_in_the_scope() {
      AssignmentHistory c1 = started(C1, LI, BJ01);
      saved(HEAD_OFFICE, c1.reassign(1, WANG, BJ01, JUL, TELLER, NOW).get());
      started(C3, LI, BJ02);
      started(C2, WANG, BJ01);
      started(S1, LI, SH01);

      assertThat(assignments.customersServedBy(HEAD_OFFICE, LI, JUL.minusDays(1))).containsExactly(C1, C3, S1);
      assertThat(assignments.customersServedBy(HEAD_OFFICE, LI, JUL)).containsExactly(C3, S1);
      assertThat(assignments.customersServedBy(BEIJING, WANG, JUL)).containsExactly(C1, C2);
      assertThat(assignments.customersServedBy(BEIJING, LI, JAN.minusDays(1))).isEmpty();
      assertThat(assignments.customersServedBy(BEIJING, LI, JAN)).containsExactly(C1, C3);
    }
  }
}
