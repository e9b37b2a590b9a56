package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.VipCondition;
import io.github.bankcrm.scoring.model.VipRule;
import io.github.bankcrm.scoring.snapshot.SnapshotColumns;
import java.math.BigDecimal;

/**
 * A gold / VIP rule compiled to primitives: its amounts in reporting minor units, absent parts as
 * bounds that every value passes, its stages as a bit set.
 */
final class CompiledVipRule {

  private static final int ANY_OWNER = -1;

  private final String code;
  /** -1: not checked; 0: must not run an individual business; 1: must. */
  private final int businessOwner;
  private final double minTurnoverMinor;
  private final boolean checksAge;
  private final int minAge;
  private final int maxAge;
  /** The income trend's ordinal; -1: not checked. */
  private final int incomeTrend;
  /** The highest {@code Education} ordinal admitted (the enum lists the highest level first); -1: not checked. */
  private final int lowestEducation;
  private final int minScore;
  private final double minContributionMinor;
  private final int stages;

  CompiledVipRule(VipRule rule, BigDecimal reportingMinor) {
    code = rule.code();
    VipCondition when = rule.when();
    businessOwner =
        when.individualBusinessOwner() == null ? ANY_OWNER : when.individualBusinessOwner() ? 1 : 0;
    minTurnoverMinor =
        when.minAnnualTurnover() == null
            ? Double.NEGATIVE_INFINITY
            : when.minAnnualTurnover().multiply(reportingMinor).doubleValue();
    checksAge = when.minAge() != null || when.maxAge() != null;
    minAge = when.minAge() == null ? Integer.MIN_VALUE : when.minAge();
    maxAge = when.maxAge() == null ? Integer.MAX_VALUE : when.maxAge();
    incomeTrend = when.incomeTrend() == null ? -1 : when.incomeTrend().ordinal();
    lowestEducation = when.minEducation() == null ? -1 : when.minEducation().ordinal();
    minScore = when.minScore() == null ? Integer.MIN_VALUE : when.minScore();
    minContributionMinor =
        when.minAnnualContribution() == null
            ? Double.NEGATIVE_INFINITY
            : when.minAnnualContribution().multiply(reportingMinor).doubleValue();
    int bits = 0;
    if (when.stages() != null) {
      for (LifecycleStage stage : when.stages()) {
        bits |= 1 << stage.ordinal();
      }
    }
    stages = bits;
  }

  String code() {
    return code;
  }

  /**
   * Whether a customer qualifies.
   *
   * @param businessOwnerFlag whether the customer runs an individual business
   * @param age the age, or {@code SnapshotColumns.UNKNOWN_AGE}
   * @param trend the income trend's ordinal, -1 when unknown
   * @param educationOrdinal the education's ordinal, -1 when unknown
   * @param stage the lifecycle stage's ordinal
   */
  boolean matches(
      boolean businessOwnerFlag,
      int age,
      int trend,
      int educationOrdinal,
      int stage,
      int score,
      long annualContribution,
      double annualTurnover) {
    if (businessOwner != ANY_OWNER && (businessOwner == 1) != businessOwnerFlag) {
      return false;
    }
    if (annualTurnover < minTurnoverMinor || score < minScore || annualContribution < minContributionMinor) {
      return false;
    }
    if (checksAge && (age == SnapshotColumns.UNKNOWN_AGE || age < minAge || age > maxAge)) {
      return false;
    }
    if (incomeTrend >= 0 && trend != incomeTrend) {
      return false;
    }
    if (lowestEducation >= 0 && (educationOrdinal < 0 || educationOrdinal > lowestEducation)) {
      return false;
    }
    return stages == 0 || (stages & (1 << stage)) != 0;
  }
}
