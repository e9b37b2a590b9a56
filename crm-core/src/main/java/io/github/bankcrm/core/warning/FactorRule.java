package io.github.bankcrm.core.warning;

import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * How a {@link WarningPolicy} scores one factor: the value at which it counts, the points it then adds,
 * and the window it is measured over (for the factors that have one, see {@link
 * WarningFactor#hasWindow()}).
 *
 * @param threshold the value, in the factor's unit, at or above which the factor counts; above zero
 * @param points the points it adds when it counts, 1 to 1000
 * @param windowDays the window in days, 1 to 3650, for a factor with a window; {@code null} otherwise
 */
public record FactorRule(@Nullable BigDecimal threshold, int points, @Nullable Integer windowDays) {}
