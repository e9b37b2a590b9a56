package io.github.bankcrm.core.warning;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.warning.WarningFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EarlyWarningTest {

  static final CustomerId CUSTOMER = CustomerId.of("C1");
  static final WarningId ID = WarningId.of("W1");
  static final RelationshipManagerId RM = RelationshipManagerId.of("RM001");
  static final Actor JOB = Actor.system("warning-batch");

  static EarlyWarning raised() {
    return EarlyWarning.raise(ID, WarningFixture.assessment(CUSTOMER, WarningFactor.BALANCE_OUTFLOW, 30, WarningLevel.MEDIUM), JOB, NOW)
        .warning();
  }

  static EarlyWarning inHandling() {
    EarlyWarning acknowledged = raised().acknowledge(1, null, TELLER, NOW).get().warning();
    return acknowledged.assign(2, RM, AS_OF.plusDays(7), "call the customer", TELLER, NOW).get().warning();
  }

  @Nested
  class FollowUp {

    @Test
    void a_raised_warning_carries_its_level_factors_and_a_first_log_entry() {
      WarningUpdate update = EarlyWarning.raise(ID, WarningFixture.assessment(CUSTOMER, WarningFactor.COMPLAINTS, 25, WarningLevel.LOW), JOB, NOW);

      assertThat(update.warning().state()).isEqualTo(WarningState.RAISED);
      assertThat(update.warning().factors()).containsExactly(WarningFactor.COMPLAINTS);
      assertThat(update.warning().log()).singleElement().extracting(WarningLogEntry::step, WarningLogEntry::actor)
          .containsExactly(WarningStep.RAISED, JOB);
      assertThat(update.events()).containsExactly(
          new WarningEvent.WarningRaised(ID, 1, CUSTOMER, WarningLevel.LOW, Set.of(WarningFactor.COMPLAINTS), JOB, NOW));
    }

    @Test
    void the_whole_path_is_logged_step_by_step_with_actor_and_time() {
      EarlyWarning resolved = inHandling().resolve(3, "customer stays", TELLER, NOW).get().warning();

      assertThat(resolved.state()).isEqualTo(WarningState.RESOLVED);
      assertThat(resolved.log()).extracting(WarningLogEntry::step)
          .containsExactly(WarningStep.RAISED, WarningStep.ACKNOWLEDGED, WarningStep.ASSIGNED, WarningStep.RESOLVED);
      assertThat(resolved.log()).extracting(WarningLogEntry::at).containsOnly(NOW);
      assertThat(resolved.assignee()).isEqualTo(RM);
      assertThat(EarlyWarning.replay(resolved.log())).isEqualTo(WarningState.RESOLVED);
    }

    @Test
    void no_step_skips_one_and_the_refusal_lists_what_is_allowed() {
      var result = raised().resolve(1, null, TELLER, NOW);

      assertThat(result.getLeft())
          .isEqualTo(new WarningError.StepNotAllowed(ID, WarningState.RAISED, WarningStep.RESOLVED,
              Set.of(WarningStep.REASSESSED, WarningStep.ACKNOWLEDGED)));
      assertThat(raised().assign(1, RM, AS_OF, null, TELLER, NOW).getLeft().code()).isEqualTo("step_not_allowed");
    }

    @Test
    void a_resolved_or_lost_warning_is_never_reopened() {
      EarlyWarning lost = inHandling().markLost(3, null, TELLER, NOW).get().warning();

      assertThat(lost.acknowledge(4, null, TELLER, NOW).getLeft().code()).isEqualTo("step_not_allowed");
      assertThat(lost.reassess(4, WarningFixture.assessment(CUSTOMER, WarningFactor.LOAN_OVERDUE, 30, WarningLevel.HIGH), JOB, NOW)
          .getLeft()).isEqualTo(new WarningError.StepNotAllowed(ID, WarningState.LOST, WarningStep.REASSESSED, Set.of()));
    }

    @Test
    void reassigning_keeps_it_in_handling() {
      EarlyWarning reassigned = inHandling().assign(3, RelationshipManagerId.of("RM002"), AS_OF.plusDays(14), null, TELLER, NOW)
          .get().warning();

      assertThat(reassigned.state()).isEqualTo(WarningState.IN_HANDLING);
      assertThat(reassigned.log().get(3).step()).isEqualTo(WarningStep.REASSIGNED);
      assertThat(reassigned.due()).isEqualTo(AS_OF.plusDays(14));
    }

    @Test
    void a_stale_version_is_a_conflict() {
      assertThat(raised().acknowledge(5, null, TELLER, NOW).getLeft()).isEqualTo(new WarningError.VersionConflict(ID, 5, 1));
    }
  }

  @Nested
  class Escalation {

    @Test
    void past_due_it_escalates_once_per_due_date() {
      EarlyWarning handling = inHandling();

      EarlyWarning escalated = handling.escalate(3, AS_OF.plusDays(8), JOB, NOW).get().warning();

      assertThat(escalated.escalation()).isEqualTo(1);
      assertThat(escalated.log().get(3).step()).isEqualTo(WarningStep.ESCALATED);
      assertThat(escalated.isPastDue(AS_OF.plusDays(20))).isFalse();
      assertThat(escalated.escalate(4, AS_OF.plusDays(20), JOB, NOW).getLeft().code()).isEqualTo("not_past_due");
      EarlyWarning newDue = escalated.assign(4, RM, AS_OF.plusDays(10), null, TELLER, NOW).get().warning();
      assertThat(newDue.escalate(5, AS_OF.plusDays(11), JOB, NOW).get().warning().escalation()).isEqualTo(2);
    }

    @Test
    void on_or_before_the_due_date_it_does_not_escalate() {
      assertThat(inHandling().escalate(3, AS_OF.plusDays(7), JOB, NOW).getLeft())
          .isEqualTo(new WarningError.NotPastDue(ID, AS_OF.plusDays(7), AS_OF.plusDays(7)));
    }
  }

  @Nested
  class Reassessment {

    @Test
    void updates_level_and_readings_in_place_and_logs_it() {
      EarlyWarning handling = inHandling();

      EarlyWarning reassessed = handling.reassess(3, WarningFixture.assessment(CUSTOMER, WarningFactor.LOAN_OVERDUE, 60, WarningLevel.HIGH), JOB, NOW)
          .get().warning();

      assertThat(reassessed.id()).isEqualTo(ID);
      assertThat(reassessed.level()).isEqualTo(WarningLevel.HIGH);
      assertThat(reassessed.factors()).containsExactly(WarningFactor.LOAN_OVERDUE);
      assertThat(reassessed.state()).isEqualTo(WarningState.IN_HANDLING);
      assertThat(reassessed.log().get(3)).extracting(WarningLogEntry::step, WarningLogEntry::level)
          .containsExactly(WarningStep.REASSESSED, WarningLevel.HIGH);
    }
  }

  @Nested
  class Representation {

    @Test
    void comments_never_show_in_to_string() {
      EarlyWarning handling = inHandling();

      assertThat(handling.toString()).doesNotContain("call the customer");
      assertThat(handling.log().get(2).toString()).doesNotContain("call the customer").contains("comment=***");
    }

    @Test
    void warnings_and_their_events_round_trip_through_json() {
      WarningUpdate update = inHandling().escalate(3, AS_OF.plusDays(9), JOB, NOW).get();

      assertThat(CrmJson.roundTrip(update.warning(), EarlyWarning.class)).isEqualTo(update.warning());
      assertThat(CrmJson.roundTrip(update.events().get(0), WarningEvent.class)).isEqualTo(update.events().get(0));
    }
  }
}
