package io.github.bankcrm.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.lifecycle.AllowedMove;
import io.github.bankcrm.core.lifecycle.BalancePoint;
import io.github.bankcrm.core.lifecycle.HoldingsPosition;
import io.github.bankcrm.core.lifecycle.LifecycleCommand;
import io.github.bankcrm.core.lifecycle.LifecycleFacts;
import io.github.bankcrm.core.lifecycle.LifecycleFixture;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.PolicyRun;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import io.github.bankcrm.core.lifecycle.ProposedMove;
import io.github.bankcrm.core.warning.ComplaintFact;
import io.github.bankcrm.core.warning.WarningAssessment;
import io.github.bankcrm.core.warning.WarningFacts;
import io.github.bankcrm.core.warning.WarningFactor;
import io.github.bankcrm.core.warning.WarningFixture;
import io.github.bankcrm.core.warning.WarningLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public value types of the lifecycle, interaction and warning packages survive a JSON round trip
 * through the documented mapper (aggregates, policies and events are covered next to their
 * specifications).
 */
class ValueJsonRoundTripTest {

  static final CustomerId CUSTOMER = CustomerId.of("C1");
  static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  static List<Object> values() {
    LifecycleFacts behaviour = WarningFixture.behaviour(CUSTOMER, 100, 50, DAY.minusDays(3));
    WarningAssessment assessment = WarningFixture.assessment(CUSTOMER, WarningFactor.LOAN_OVERDUE, 30, WarningLevel.HIGH);
    return List.of(
        new HoldingsPosition(CUSTOMER, List.of(AccountId.of("A1")), List.of(LoanContractId.of("L1"))),
        new AllowedMove(LifecycleCommand.WIN_BACK, LifecycleStage.GROWING),
        new ProposedMove(CUSTOMER, LifecycleStage.GROWING, LifecycleStage.DORMANT, new PolicyVersion("p", 2), "idle", List.of("x")),
        new LifecycleFacts(CUSTOMER, LifecycleStage.MATURE, DAY, null, DAY.minusDays(9), 3,
            List.of(new BalancePoint(DAY, new BigDecimal("12.50")))),
        new PolicyRun(new PolicyVersion("p", 1), DAY, List.of(LifecycleFixture.prospect(CUSTOMER)), List.of()),
        new WarningFacts(behaviour, List.of(DAY), List.of(new ComplaintFact(DAY, ComplaintSeverity.MINOR)), 3, List.of(DAY),
            List.of(), true),
        assessment);
  }

  @ParameterizedTest
  @MethodSource("values")
  void round_trips(Object value) {
    assertThat(CrmJson.roundTripAsItsClass(value)).isEqualTo(value);
  }
}
