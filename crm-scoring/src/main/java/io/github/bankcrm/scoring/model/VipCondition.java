package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The condition of a gold / VIP rule: every given part must hold; absent parts are not checked. A part
 * about an attribute the snapshot does not know (age, income trend, education) does not hold.
 *
 * @param individualBusinessOwner whether the customer must (or must not) run an individual business
 * @param minAnnualTurnover the lowest annualised transaction amount, units of the reporting currency
 * @param minAge the lowest age
 * @param maxAge the highest age
 * @param incomeTrend the required income trend
 * @param minEducation the lowest education ({@code BACHELOR} admits master and doctorate too)
 * @param minScore the lowest composite score
 * @param minAnnualContribution the lowest annualised contribution, units of the reporting currency
 * @param stages the lifecycle stages the customer must be in
 */
public record VipCondition(
    @Nullable Boolean individualBusinessOwner,
    @Nullable BigDecimal minAnnualTurnover,
    @Nullable Integer minAge,
    @Nullable Integer maxAge,
    @Nullable IncomeTrend incomeTrend,
    @Nullable Education minEducation,
    @Nullable Integer minScore,
    @Nullable BigDecimal minAnnualContribution,
    @Nullable Set<LifecycleStage> stages) {}
