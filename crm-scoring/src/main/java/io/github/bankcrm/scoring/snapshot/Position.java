package io.github.bankcrm.scoring.snapshot;

import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.Nullable;
import java.util.Currency;

/**
 * What a customer held of one product type in one currency over the snapshot's period.
 *
 * @param product the product family; required
 * @param currency the currency of the balance; required, and listed in the scoring model
 * @param averageBalance the average daily balance over the period, in minor units of {@code currency};
 *     never negative (a loan's or a credit card's balance is what the customer owes)
 * @param customerRate the annual rate the customer is paid (deposits) or pays (loans, cards), as a
 *     fraction: {@code 0.0135} is 1.35 %; between -1 and 1
 */
public record Position(
    @Nullable ProductType product, @Nullable Currency currency, long averageBalance, double customerRate) {}
