package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * One factor's share of the composite score.
 *
 * @param factor the factor
 * @param weight its share of the maximum score, 0 to 1; the weights of a model add up to exactly 1
 * @param fullAt for an amount factor, the amount (units of the reporting currency, positive) at and
 *     above which it earns its full points; absent for the RFM factors
 */
public record FactorWeight(
    @Nullable Factor factor, @Nullable BigDecimal weight, @Nullable BigDecimal fullAt) {}
