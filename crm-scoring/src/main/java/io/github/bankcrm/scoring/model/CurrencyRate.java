package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * A currency the model accepts, with its conversion into the reporting currency.
 *
 * @param code the ISO 4217 code
 * @param toReporting how many units of the reporting currency one unit of this currency is worth;
 *     positive ({@code 1} for the reporting currency itself)
 */
public record CurrencyRate(@Nullable String code, @Nullable BigDecimal toReporting) {}
