package io.github.bankcrm.scoring.snapshot;

import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * The customer-initiated transactions of the snapshot's period: what RFM scoring reads, and the
 * account turnover that gold / VIP rules read.
 *
 * @param lastActivity the day of the last customer-initiated transaction; {@code null} if there never
 *     was one; never after the snapshot's day
 * @param count the number of transactions in the period; never negative
 * @param amount their total amount, in minor units of the model's reporting currency; never negative
 */
public record TransactionSummary(@Nullable LocalDate lastActivity, int count, long amount) {

  /** A customer without transactions. */
  public static TransactionSummary none() {
    return new TransactionSummary(null, 0, 0);
  }
}
