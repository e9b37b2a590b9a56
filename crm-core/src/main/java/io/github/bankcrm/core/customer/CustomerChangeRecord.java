package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a customer's change history [客户信息变更记录]: who changed what and when, field by
 * field, with personal data masked. The record with version {@code n} produced version {@code n}.
 *
 * @param customerId the customer
 * @param version the version the change produced
 * @param type what kind of change
 * @param actor who made it
 * @param changedAt when
 * @param changes the fields that changed, old and new values masked
 */
public record CustomerChangeRecord(
    CustomerId customerId,
    long version,
    ChangeType type,
    Actor actor,
    Instant changedAt,
    List<FieldChange> changes) {

  public CustomerChangeRecord {
    requireNonNull(customerId, "customerId");
    requireNonNull(type, "type");
    requireNonNull(actor, "actor");
    requireNonNull(changedAt, "changedAt");
    changes = List.copyOf(requireNonNull(changes, "changes"));
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }
}
