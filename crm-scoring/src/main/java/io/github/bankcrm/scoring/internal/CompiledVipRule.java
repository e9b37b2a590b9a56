package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.VipCondition;
import io.github.bankcrm.scoring.model.VipRule;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
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
  private final IncomeTrend incomeTrend;
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
    incomeTrend = when.incomeTrend();
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

  boolean matches(
      CustomerAttributes attributes,
      LifecycleStage stage,
      int score,
      long annualContribution,
      double annualTurnover) {
    if (businessOwner != ANY_OWNER && (businessOwner == 1) != attributes.individualBusinessOwner()) {
      return false;
    }
    if (annualTurnover < minTurnoverMinor || score < minScore || annualContribution < minContributionMinor) {
      return false;
    }
    if (checksAge) {
      Integer age = attributes.age();
      if (age == null || age < minAge || age > maxAge) {
        return false;
      }
    }
    if (incomeTrend != null && attributes.incomeTrend() != incomeTrend) {
      return false;
    }
    if (lowestEducation >= 0
        && (attributes.education() == null || attributes.education().ordinal() > lowestEducation)) {
      return false;
    }
    return stages == 0 || (stages & (1 << stage.ordinal())) != 0;
  }

  /**
   * Sets {@code bit} of word {@code word} of the flags of every row of a scored block that the rule
   * matches: {@link #matches} over columns, each part a 0 or 1 without a branch.
   */
  void matchAll(SnapshotColumns in, ScoreColumns out, int word, long bit) {
    int n = in.size;
    int words = out.flagWords;
    long[] flags = out.flags;
    boolean anyOwner = businessOwner == ANY_OWNER;
    boolean owner = businessOwner == 1;
    boolean anyTrend = incomeTrend == null;
    int trend = anyTrend ? -1 : incomeTrend.ordinal();
    boolean anyEducation = lowestEducation < 0;
    boolean anyStage = stages == 0;
    // an unknown age is Integer.MIN_VALUE: it fails a rule that checks age, even one without a minimum
    int lowAge = checksAge ? Math.max(minAge, SnapshotColumns.ABSENT + 1) : Integer.MIN_VALUE;
    int highAge = checksAge ? maxAge : Integer.MAX_VALUE;
    for (int row = 0; row < n; row++) {
      int age = in.age[row];
      int education = in.education[row];
      boolean match =
          (anyOwner | in.businessOwner[row] == owner)
              & out.turnover[row] >= minTurnoverMinor
              & out.score[row] >= minScore
              & out.annualContribution[row] >= minContributionMinor
              & age >= lowAge
              & age <= highAge
              & (anyTrend | in.incomeTrend[row] == trend)
              & (anyEducation | (education >= 0 & education <= lowestEducation))
              & (anyStage | (stages & (1 << in.stage[row])) != 0);
      flags[row * words + word] |= match ? bit : 0;
    }
  }
}
