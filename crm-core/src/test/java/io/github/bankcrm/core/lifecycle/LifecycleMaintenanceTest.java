package io.github.bankcrm.core.lifecycle;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.BEIJING;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C2;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.S1;
import static io.github.bankcrm.core.lifecycle.HoldingsScenario.BUSINESS_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryLifecycles;
import io.github.bankcrm.core.shared.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LifecycleMaintenanceTest {

  static final LocalDate DAY = BUSINESS_DATE;

  final Customers customers = CustomerStoreFixture.withFourCustomers(new InMemoryCustomers());
  final HoldingsScenario holdings = new HoldingsScenario(customers);
  final Lifecycles lifecycles = new InMemoryLifecycles(customers);
  final LifecycleMaintenance maintenance =
      new LifecycleMaintenance(lifecycles, new HoldingsFacts(holdings.accounts(), holdings.loans(), Currency.getInstance("CNY")));

  LifecycleUpdate command(LifecycleCommand command) {
    long version = lifecycles.find(HEAD_OFFICE, C1).orElseThrow().version();
    return maintenance.command(HEAD_OFFICE, C1, version, command, null, TELLER, NOW)
        .getOrElseThrow(error -> new AssertionError(error.message()));
  }

  @Nested
  class GuardsReadTheHoldings {

    @Test
    void a_prospect_without_an_account_cannot_be_onboarded() {
      maintenance.start(HEAD_OFFICE, C1, LifecycleStage.PROSPECT, null, TELLER, NOW);

      var result = maintenance.command(HEAD_OFFICE, C1, 1, LifecycleCommand.OPEN_FIRST_PRODUCT, null, TELLER, NOW);

      assertThat(result.getLeft().code()).isEqualTo("guard_refused");
    }

    @Test
    void closing_is_refused_naming_the_open_accounts_and_outstanding_loans_then_allowed_once_they_are_gone() {
      holdings.open(C1, "D1", DAY.minusDays(400), "5000").open(C1, "D2", DAY.minusDays(300), "10")
          .loan(C1, "L1", DAY.minusDays(200));
      maintenance.start(HEAD_OFFICE, C1, LifecycleStage.PROSPECT, null, TELLER, NOW);
      command(LifecycleCommand.OPEN_FIRST_PRODUCT);
      command(LifecycleCommand.COMPLETE_ONBOARDING);

      var refused = maintenance.command(HEAD_OFFICE, C1, 3, LifecycleCommand.CLOSE_RELATIONSHIP, null, TELLER, NOW);

      assertThat(refused.getLeft())
          .isEqualTo(new LifecycleError.GuardRefused(C1, LifecycleCommand.CLOSE_RELATIONSHIP, LifecycleGuard.NOTHING_OPEN,
              List.of(AccountId.of("D1"), AccountId.of("D2")), List.of(LoanContractId.of("L1"))));
      assertThat(refused.getLeft().message()).doesNotContain("62220200");

      holdings.close("D1", DAY).close("D2", DAY);
      var settledLoanStillOutstanding = maintenance.command(HEAD_OFFICE, C1, 3, LifecycleCommand.CLOSE_RELATIONSHIP, null, TELLER, NOW);
      assertThat(((LifecycleError.GuardRefused) settledLoanStillOutstanding.getLeft()).openAccountIds()).isEmpty();
    }

    @Test
    void a_command_for_a_customer_outside_the_scope_finds_nothing() {
      maintenance.start(HEAD_OFFICE, S1, LifecycleStage.PROSPECT, null, TELLER, NOW);

      assertThat(maintenance.command(BEIJING, S1, 1, LifecycleCommand.REJECT_PROSPECT, null, TELLER, NOW).getLeft())
          .isEqualTo(new LifecycleError.LifecycleNotFound(S1));
    }
  }

  @Nested
  class FactsFromHoldings {

    @Test
    void facts_count_products_tenure_last_activity_and_the_daily_balance_total() {
      holdings.open(C1, "D1", DAY.minusDays(400), "100000").balance("D1", DAY.minusDays(100), "100000")
          .balance("D1", DAY.minusDays(20), "30000").open(C1, "D2", DAY.minusDays(50), "10000").loan(C1, "L1", DAY.minusDays(30));

      LifecycleFacts facts = new HoldingsFacts(holdings.accounts(), holdings.loans(), Currency.getInstance("CNY")).factsOf(HEAD_OFFICE, C1, LifecycleStage.MATURE, DAY);

      assertThat(facts.productsHeld()).isEqualTo(3);
      assertThat(facts.tenureDays()).contains(400L);
      assertThat(facts.daysSinceLastActivity()).contains(20L);
      assertThat(facts.balanceChangePercent(90)).contains(new BigDecimal("-60.00"));
    }
  }

  @Nested
  class PolicyBatch {

    @Test
    void a_run_moves_every_customer_the_policy_derives_a_move_for_and_logs_the_policy_version() {
      holdings.open(C1, "D1", DAY.minusDays(400), "1000").open(C2, "D2", DAY.minusDays(10), "1000");
      for (var customer : List.of(C1, C2)) {
        maintenance.start(HEAD_OFFICE, customer, LifecycleStage.ONBOARDING, null, TELLER, NOW);
      }
      LifecyclePolicy policy = LifecyclePolicyTest.retail();

      PolicyRun run = maintenance.applyPolicy(HEAD_OFFICE, policy, DAY, Actor.system("lifecycle-batch"), NOW);

      assertThat(run.applied()).extracting(update -> update.lifecycle().customerId()).containsExactly(C1);
      assertThat(run.refused()).isEmpty();
      LifecycleTransition last = lifecycles.find(HEAD_OFFICE, C1).orElseThrow().transitions().get(1);
      assertThat(last.to()).isEqualTo(LifecycleStage.DORMANT);
      assertThat(last.policy()).isEqualTo(new PolicyVersion("retail", 3));
      assertThat(last.reasonCode()).isEqualTo("inactive_180d");
    }
  }
}
