package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * The bank's rates and costs for one product type in one currency.
 *
 * @param product the product family
 * @param currency the ISO 4217 code; listed in the model's currencies
 * @param fundsTransferPrice the annual funds-transfer price [内部资金转移价格, FTP] as a fraction, 0 to 1:
 *     what the treasury pays for a deposit's funds or charges for a loan's. Only deposits, loans and
 *     cards earn net interest; wealth and insurance positions are off balance sheet and ignore it
 * @param servicingCostPerYear the annual operating cost of servicing the product for one customer, in
 *     units (not minor units) of {@code currency}; not negative
 */
public record ProductRate(
    @Nullable ProductType product,
    @Nullable String currency,
    @Nullable BigDecimal fundsTransferPrice,
    @Nullable BigDecimal servicingCostPerYear) {}
