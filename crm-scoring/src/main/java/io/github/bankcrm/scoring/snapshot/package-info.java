/**
 * What scoring reads about one customer: a {@link io.github.bankcrm.scoring.snapshot.CustomerSnapshot}
 * of balances and rates per product and currency, fee income, channel use, a transaction summary,
 * credit risk figures, the lifecycle stage and the attributes gold / VIP rules look at.
 *
 * <p>Amounts are {@code long} minor units (fen, cents) of their currency, exact and cheap to read; rates
 * are annual decimal fractions as {@code double} ({@code 0.0135} is 1.35 %). Constructors accept missing
 * values ({@code null}) on purpose: a snapshot comes from a nightly extract, and a missing field must
 * become a typed error for that one customer, not an exception that stops a batch.
 */
package io.github.bankcrm.scoring.snapshot;
