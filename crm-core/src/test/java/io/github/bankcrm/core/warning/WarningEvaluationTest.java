package io.github.bankcrm.core.warning;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C2;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.lifecycle.HoldingsScenario.BUSINESS_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.AssignmentHistory;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryInteractions;
import io.github.bankcrm.core.inmemory.InMemoryLifecycles;
import io.github.bankcrm.core.inmemory.InMemoryServiceAssignments;
import io.github.bankcrm.core.inmemory.InMemoryWarnings;
import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.interaction.InteractionFixture;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.lifecycle.HoldingsFacts;
import io.github.bankcrm.core.lifecycle.HoldingsScenario;
import io.github.bankcrm.core.lifecycle.LifecycleCommand;
import io.github.bankcrm.core.lifecycle.LifecycleMaintenance;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WarningEvaluationTest {

  static final LocalDate DAY = BUSINESS_DATE;
  static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");
  static final Actor JOB = Actor.system("warning-batch");
  static final RelationshipManagerId RM1 = RelationshipManagerId.of("RM001");

  final Customers customers = CustomerStoreFixture.withFourCustomers(new InMemoryCustomers());
  final HoldingsScenario holdings = new HoldingsScenario(customers);
  final HoldingsFacts facts = new HoldingsFacts(holdings.accounts(), holdings.loans(), Currency.getInstance("CNY"));
  final Lifecycles lifecycles = new InMemoryLifecycles(customers);
  final ServiceAssignments assignments = new InMemoryServiceAssignments(customers);
  final Interactions interactions = new InMemoryInteractions(customers);
  final Warnings warnings = new InMemoryWarnings(customers);
  final WarningEvaluation evaluation =
      new WarningEvaluation(warnings, lifecycles, facts, assignments, interactions, SHANGHAI_TIME);

  Either run(CustomerId customer) {
    return new Either(evaluation.evaluate(HEAD_OFFICE, WarningFixture.retail(), customer, DAY, Set.of(), JOB, NOW));
  }

  /** Shorter name for the evaluation outcome in these tests. */
  record Either(io.vavr.control.Either<WarningError, java.util.Optional<WarningUpdate>> result) {}

  void drained() {
    holdings.open(C1, "D1", DAY.minusDays(400), "100000").balance("D1", DAY.minusDays(20), "30000");
  }

  @Nested
  class FactsFromThePorts {

    @Test
    void complaints_closings_overdue_loans_and_manager_changes_are_read() {
      holdings.open(C1, "D1", DAY.minusDays(400), "100").open(C1, "D2", DAY.minusDays(300), "50").close("D2", DAY.minusDays(3))
          .loan(C1, "L1", DAY.minusDays(100)).overdue("L1", DAY.minusDays(39));
      interactions.save(HEAD_OFFICE, InteractionFixture.complaint("I1", C1, ComplaintSeverity.SERIOUS,
          DAY.minusDays(2).atStartOfDay(SHANGHAI_TIME).toInstant()));
      AssignmentHistory history = assignments.save(HEAD_OFFICE,
          AssignmentHistory.start(C1, RM1, OrganizationFixture.BJ01, DAY.minusDays(300), TELLER, NOW)).get();
      assignments.save(HEAD_OFFICE, history.reassign(1, RelationshipManagerId.of("RM002"), OrganizationFixture.BJ01,
          DAY.minusDays(10), TELLER, NOW).get());

      WarningFacts read = evaluation.factsOf(HEAD_OFFICE, C1, DAY, Set.of(RelationshipManagerId.of("RM002")));

      assertThat(read.complaints()).containsExactly(new ComplaintFact(DAY.minusDays(2), ComplaintSeverity.SERIOUS));
      assertThat(read.accountClosings()).containsExactly(DAY.minusDays(3));
      assertThat(read.maxOverdueDays()).isEqualTo(40);
      assertThat(read.managerChanges()).containsExactly(DAY.minusDays(10));
      assertThat(read.managerLeaving()).isTrue();
      WarningAssessment assessment = WarningFixture.retail().assess(read).orElseThrow();
      assertThat(assessment.factors())
          .contains(WarningFactor.COMPLAINTS, WarningFactor.PRODUCTS_CLOSED, WarningFactor.LOAN_OVERDUE, WarningFactor.MANAGER_LEAVING);
    }
  }

  @Nested
  class RaisingAndUpdating {

    @Test
    void a_drained_balance_raises_a_warning_naming_the_outflow() {
      drained();

      WarningUpdate raised = run(C1).result().get().orElseThrow();

      assertThat(raised.warning().state()).isEqualTo(WarningState.RAISED);
      assertThat(raised.warning().readings()).singleElement()
          .extracting(FactorReading::factor, FactorReading::value)
          .containsExactly(WarningFactor.BALANCE_OUTFLOW, new BigDecimal("70.00"));
    }

    @Test
    void re_running_does_not_duplicate_the_open_warning_and_an_unchanged_risk_changes_nothing() {
      drained();
      WarningUpdate raised = run(C1).result().get().orElseThrow();

      assertThat(run(C1).result().get()).isEmpty();

      assertThat(warnings.ofCustomer(HEAD_OFFICE, C1)).singleElement().isEqualTo(raised.warning());
    }

    @Test
    void a_new_factor_updates_the_open_warning_in_place() {
      drained();
      WarningUpdate raised = run(C1).result().get().orElseThrow();
      EarlyWarning acknowledged = warnings.save(HEAD_OFFICE, raised.warning().acknowledge(1, null, TELLER, NOW).get()).get();
      holdings.loan(C1, "L1", DAY.minusDays(100)).overdue("L1", DAY.minusDays(59));

      WarningUpdate updated = run(C1).result().get().orElseThrow();

      assertThat(updated.warning().id()).isEqualTo(acknowledged.id());
      assertThat(updated.warning().state()).isEqualTo(WarningState.ACKNOWLEDGED);
      assertThat(updated.warning().level()).isEqualTo(WarningLevel.HIGH);
      assertThat(updated.warning().factors()).containsExactlyInAnyOrder(WarningFactor.BALANCE_OUTFLOW, WarningFactor.LOAN_OVERDUE);
      assertThat(warnings.ofCustomer(HEAD_OFFICE, C1)).hasSize(1);
    }

    @Test
    void after_a_warning_is_resolved_a_lasting_risk_raises_a_new_one_and_the_old_stays_resolved() {
      drained();
      EarlyWarning first = run(C1).result().get().orElseThrow().warning();
      EarlyWarning acknowledged = warnings.save(HEAD_OFFICE, first.acknowledge(1, null, TELLER, NOW).get()).get();
      EarlyWarning handling = warnings.save(HEAD_OFFICE, acknowledged.assign(2, RM1, DAY.plusDays(5), null, TELLER, NOW).get()).get();
      EarlyWarning resolved = warnings.save(HEAD_OFFICE, handling.resolve(3, null, TELLER, NOW).get()).get();

      EarlyWarning second = run(C1).result().get().orElseThrow().warning();

      assertThat(second.id()).isNotEqualTo(first.id());
      assertThat(warnings.findById(HEAD_OFFICE, first.id())).contains(resolved);
    }

    @Test
    void closed_relationships_are_not_evaluated() {
      drained();
      LifecycleMaintenance maintenance = new LifecycleMaintenance(lifecycles, facts);
      maintenance.start(HEAD_OFFICE, C2, LifecycleStage.PROSPECT, null, TELLER, NOW);
      maintenance.command(HEAD_OFFICE, C2, 1, LifecycleCommand.REJECT_PROSPECT, null, TELLER, NOW);
      holdings.open(C2, "D9", DAY.minusDays(400), "100000").balance("D9", DAY.minusDays(20), "0");

      WarningRun batch = evaluation.evaluateAll(HEAD_OFFICE, WarningFixture.retail(), List.of(C1, C2), DAY, Set.of(), JOB, NOW);

      assertThat(batch.raised()).extracting(update -> update.warning().customerId()).containsExactly(C1);
      assertThat(batch.refused()).isEmpty();
    }
  }

  @Nested
  class EscalationSweep {

    @Test
    void only_warnings_past_their_due_date_are_escalated() {
      drained();
      EarlyWarning first = run(C1).result().get().orElseThrow().warning();
      EarlyWarning acknowledged = warnings.save(HEAD_OFFICE, first.acknowledge(1, null, TELLER, NOW).get()).get();
      warnings.save(HEAD_OFFICE, acknowledged.assign(2, RM1, DAY.plusDays(5), null, TELLER, NOW).get());

      assertThat(evaluation.escalateOverdue(HEAD_OFFICE, DAY.plusDays(5), JOB, NOW)).isEmpty();
      var escalated = evaluation.escalateOverdue(HEAD_OFFICE, DAY.plusDays(6), JOB, NOW);

      assertThat(escalated).singleElement().satisfies(result -> assertThat(result.get().warning().escalation()).isEqualTo(1));
      assertThat(evaluation.escalateOverdue(HEAD_OFFICE, DAY.plusDays(7), JOB, NOW)).isEmpty();
    }
  }
}
