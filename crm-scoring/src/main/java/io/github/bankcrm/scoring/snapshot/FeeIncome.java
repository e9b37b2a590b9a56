package io.github.bankcrm.scoring.snapshot;

import io.github.bankcrm.core.shared.Nullable;
import java.util.Currency;

/**
 * Fee and commission income of one kind in one currency over the snapshot's period.
 *
 * @param type the kind of fee; required
 * @param currency the currency; required, and listed in the scoring model
 * @param amount the income in minor units of {@code currency}; never negative
 */
public record FeeIncome(@Nullable FeeType type, @Nullable Currency currency, long amount) {}
