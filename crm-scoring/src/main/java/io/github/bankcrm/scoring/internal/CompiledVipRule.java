package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.VipCondition;
import io.github.bankcrm.scoring.model.VipRule;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import java.math.BigDecimal;

/** A gold / VIP rule with its amounts in reporting minor units and its stages as a bit set. */
final class CompiledVipRule {

  private final String code;
  private final VipCondition when;
  private final double minTurnoverMinor;
  private final double minContributionMinor;
  private final int stages;

  CompiledVipRule(VipRule rule, BigDecimal reportingMinor) {
    code = rule.code();
    when = rule.when();
    minTurnoverMinor =
        when.minAnnualTurnover() == null
            ? Double.NaN
            : when.minAnnualTurnover().multiply(reportingMinor).doubleValue();
    minContributionMinor =
        when.minAnnualContribution() == null
            ? Double.NaN
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

  boolean matches(CustomerSnapshot snapshot, int score, long annualContribution, double annualTurnover) {
    CustomerAttributes attributes = snapshot.attributes();
    if (when.individualBusinessOwner() != null
        && when.individualBusinessOwner() != attributes.individualBusinessOwner()) {
      return false;
    }
    if (!Double.isNaN(minTurnoverMinor) && annualTurnover < minTurnoverMinor) {
      return false;
    }
    if (when.minAge() != null && (attributes.age() == null || attributes.age() < when.minAge())) {
      return false;
    }
    if (when.maxAge() != null && (attributes.age() == null || attributes.age() > when.maxAge())) {
      return false;
    }
    if (when.incomeTrend() != null && attributes.incomeTrend() != when.incomeTrend()) {
      return false;
    }
    if (when.minEducation() != null
        && (attributes.education() == null
            // Education lists the highest level first
            || attributes.education().ordinal() > when.minEducation().ordinal())) {
      return false;
    }
    if (when.minScore() != null && score < when.minScore()) {
      return false;
    }
    if (!Double.isNaN(minContributionMinor) && annualContribution < minContributionMinor) {
      return false;
    }
    return stages == 0 || (stages & (1 << snapshot.stage().ordinal())) != 0;
  }
}
