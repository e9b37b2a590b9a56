package io.github.bankcrm.core.warning;

import static io.github.bankcrm.core.CrmJson.MAPPER;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.BalancePoint;
import io.github.bankcrm.core.lifecycle.LifecycleFacts;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Warning policies, facts and assessments for tests. */
public final class WarningFixture {

  /** The documented policy. */
  public static final String RETAIL_JSON =
      """
      {"id": "retail-warning", "version": 1,
       "factors": {
         "BALANCE_OUTFLOW":      {"threshold": 30,  "points": 30, "windowDays": 30},
         "FALLING_ACTIVITY":     {"threshold": 50,  "points": 15, "windowDays": 30},
         "APPROACHING_DORMANCY": {"threshold": 150, "points": 15, "windowDays": null},
         "COMPLAINTS":           {"threshold": 4,   "points": 25, "windowDays": 90},
         "LOAN_OVERDUE":         {"threshold": 30,  "points": 30, "windowDays": null},
         "PRODUCTS_CLOSED":      {"threshold": 1,   "points": 20, "windowDays": 90},
         "MANAGER_LEAVING":      {"threshold": 1,   "points": 10, "windowDays": 30}},
       "complaintWeights": {"MINOR": 1, "MODERATE": 2, "SERIOUS": 4, "CRITICAL": 8},
       "levels": {"LOW": 15, "MEDIUM": 30, "HIGH": 50, "CRITICAL": 75}}
      """;

  /** The day assessed. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private WarningFixture() {}

  /**
   * The documented policy, read and validated.
   *
   * @return the policy
   */
  public static WarningPolicy retail() {
    try {
      return MAPPER.readValue(RETAIL_JSON, WarningPolicy.class).validate().get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A customer with nothing worrying: active yesterday, balance steady.
   *
   * @param customerId the customer
   * @return the facts
   */
  public static WarningFacts calm(CustomerId customerId) {
    return new WarningFacts(behaviour(customerId, 1000, 1000, AS_OF.minusDays(1)), List.of(AS_OF.minusDays(1)), List.of(),
        0, List.of(), List.of(), false);
  }

  /**
   * Balance history and last activity: {@code before} thirty-one days ago, {@code now} today.
   *
   * @param customerId the customer
   * @param before the balance at the start of the window
   * @param now the balance today
   * @param lastActivity the last active day
   * @return the behaviour
   */
  public static LifecycleFacts behaviour(CustomerId customerId, long before, long now, LocalDate lastActivity) {
    return new LifecycleFacts(customerId, LifecycleStage.MATURE, AS_OF, lastActivity, AS_OF.minusDays(900), 2,
        List.of(new BalancePoint(AS_OF.minusDays(31), BigDecimal.valueOf(before)), new BalancePoint(AS_OF, BigDecimal.valueOf(now))));
  }

  /**
   * An assessment with one reading.
   *
   * @param customerId the customer
   * @param factor the factor
   * @param points its points
   * @param level the level
   * @return the assessment
   */
  public static WarningAssessment assessment(CustomerId customerId, WarningFactor factor, int points, WarningLevel level) {
    return new WarningAssessment(customerId, AS_OF, new PolicyVersion("retail-warning", 1),
        List.of(new FactorReading(factor, BigDecimal.valueOf(points), BigDecimal.ONE, points)), points, level);
  }
}
