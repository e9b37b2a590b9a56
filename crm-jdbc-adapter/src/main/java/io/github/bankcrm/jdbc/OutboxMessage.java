package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

/**
 * One domain event waiting in {@code crm_outbox} for the bank's messaging to publish it.
 *
 * @param id the message ID, for idempotent consumers
 * @param ordinal the order in which messages were recorded
 * @param aggregateType {@code Customer} or {@code Group}
 * @param aggregateId the aggregate's number
 * @param aggregateVersion the version the event produced
 * @param eventType the event's type name, e.g. {@code CustomerRegistered}
 * @param payload the event as JSON, with its {@code "type"}; readable as the port's event type
 * @param occurredAt when the event happened
 */
public record OutboxMessage(
    UUID id,
    long ordinal,
    String aggregateType,
    String aggregateId,
    long aggregateVersion,
    String eventType,
    String payload,
    Instant occurredAt) {

  public OutboxMessage {
    requireNonNull(id, "id");
    requireNonNull(aggregateType, "aggregateType");
    requireNonNull(aggregateId, "aggregateId");
    requireNonNull(eventType, "eventType");
    requireNonNull(payload, "payload");
    requireNonNull(occurredAt, "occurredAt");
  }
}
