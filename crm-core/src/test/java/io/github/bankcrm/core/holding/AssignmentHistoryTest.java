package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssignmentHistoryTest {

  private static final CustomerId C1 = CustomerId.of("C1");
  private static final RelationshipManagerId LI = RelationshipManagerId.of("RM001");
  private static final RelationshipManagerId WANG = RelationshipManagerId.of("RM002");
  private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL = LocalDate.of(2025, 7, 1);

  private static AssignmentHistory started() {
    return AssignmentHistory.start(C1, LI, BJ01, JAN, TELLER, NOW).history();
  }

  @Nested
  class Reassignment {

    @Test
    void ends_the_current_assignment_on_the_day_the_next_starts() {
      AssignmentUpdate update = started().reassign(1, WANG, BJ02, JUL, TELLER, NOW).get();
      AssignmentHistory history = update.history();

      assertThat(history.assignments())
          .containsExactly(new ServiceAssignment(LI, BJ01, JAN, JUL), new ServiceAssignment(WANG, BJ02, JUL, null));
      assertThat(history.servedOn(JUL.minusDays(1)).map(ServiceAssignment::manager)).contains(LI);
      assertThat(history.servedOn(JUL).map(ServiceAssignment::manager)).contains(WANG);
      assertThat(history.servedOn(JAN.minusDays(1))).isEmpty();
      assertThat(history.current()).contains(new ServiceAssignment(WANG, BJ02, JUL, null));
      assertThat(update.events())
          .containsExactly(
              new HoldingEvent.ServiceEnded(C1, 2, JUL, TELLER, NOW),
              new HoldingEvent.ServiceAssigned(C1, 2, WANG, BJ02, JUL, TELLER, NOW));
    }

    @Test
    void history_is_not_rewritten() {
      assertThat(started().reassign(1, WANG, BJ02, JAN, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.AssignmentOutOfOrder(C1, JAN, JAN.plusDays(1)));
    }

    @Test
    void the_same_manager_and_unit_change_nothing_but_a_unit_without_manager_does() {
      assertThat(started().reassign(1, LI, BJ01, JUL, TELLER, NOW).getLeft()).isEqualTo(new HoldingError.Unchanged("C1"));
      assertThat(started().reassign(1, null, BJ01, JUL, TELLER, NOW).get().history().current().orElseThrow().manager()).isNull();
    }

    @Test
    void a_stale_reassignment_is_a_conflict() {
      assertThat(started().reassign(2, WANG, BJ02, JUL, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("assignment history", "C1", 2, 1));
    }
  }

  @Nested
  class EndAndResume {

    @Test
    void an_ended_service_leaves_the_customer_unserved_until_assigned_again() {
      AssignmentHistory ended = started().end(1, JUL, TELLER, NOW).get().history();
      LocalDate back = LocalDate.of(2026, 1, 1);

      AssignmentHistory resumed = ended.assign(2, WANG, BJ02, back, TELLER, NOW).get().history();

      assertThat(ended.current()).isEmpty();
      assertThat(ended.reassign(2, WANG, BJ02, back, TELLER, NOW).getLeft()).isEqualTo(new HoldingError.NotServed(C1));
      assertThat(resumed.servedOn(LocalDate.of(2025, 10, 1))).isEmpty();
      assertThat(resumed.servedOn(back).map(ServiceAssignment::manager)).contains(WANG);
      assertThat(ended.assign(2, WANG, BJ02, JUL.minusDays(1), TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.AssignmentOutOfOrder(C1, JUL.minusDays(1), JUL));
      assertThat(started().assign(1, WANG, BJ02, back, TELLER, NOW).getLeft()).isEqualTo(new HoldingError.AlreadyServed(C1));
    }
  }

  @Test
  void overlapping_assignments_cannot_be_built() {
    assertThatThrownBy(
            () ->
                new AssignmentHistory(
                    C1, 1,
                    List.of(new ServiceAssignment(LI, BJ01, JAN, LocalDate.of(2025, 8, 1)), new ServiceAssignment(WANG, BJ02, JUL, null)),
                    NOW, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceAssignment(LI, BJ01, JUL, JUL)).isInstanceOf(IllegalArgumentException.class);
  }
}
