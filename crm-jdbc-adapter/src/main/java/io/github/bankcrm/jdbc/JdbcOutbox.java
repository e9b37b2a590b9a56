package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.jdbc.internal.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox: the events that the ports recorded with their changes, for the bank's
 * messaging (a relay job, Debezium, a scheduled poller) to publish. Delivery is at least once: mark
 * messages published after the broker confirmed them, and let consumers skip IDs they have seen.
 * Obtain it from {@link JdbcCrm#outbox()}.
 */
public final class JdbcOutbox {

  private final Transactions transactions;

  JdbcOutbox(Transactions transactions) {
    this.transactions = transactions;
  }

  /**
   * The oldest messages not yet published, in the order they were recorded.
   *
   * @param limit at most this many, 1 to 10,000
   * @return the messages
   */
  public List<OutboxMessage> pending(int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be between 1 and 10000");
    }
    return transactions.inTransaction(
        "read outbox",
        c ->
            Sql.of(
                    "select id, ordinal, aggregate_type, aggregate_id, aggregate_version, event_type,"
                        + " payload, occurred_at from crm_outbox where published_at is null"
                        + " order by ordinal limit ?",
                    limit)
                .list(
                    c,
                    row ->
                        new OutboxMessage(
                            row.getObject(1, UUID.class),
                            row.getLong(2),
                            row.getString(3),
                            row.getString(4),
                            row.getLong(5),
                            row.getString(6),
                            row.getString(7),
                            Sql.instant(row, "occurred_at"))));
  }

  /**
   * Marks messages as published.
   *
   * @param ids the messages
   * @param publishedAt when the broker confirmed them
   * @return how many messages were marked (already marked ones are left as they were)
   */
  public int markPublished(Collection<UUID> ids, Instant publishedAt) {
    requireNonNull(ids, "ids");
    requireNonNull(publishedAt, "publishedAt");
    if (ids.isEmpty()) {
      return 0;
    }
    return transactions.inTransaction(
        "mark outbox messages published",
        c -> {
          int marked = 0;
          for (UUID id : ids) {
            marked +=
                Sql.of(
                        "update crm_outbox set published_at = ? where id = ? and published_at is null",
                        publishedAt,
                        requireNonNull(id, "id"))
                    .update(c);
          }
          return marked;
        });
  }
}
