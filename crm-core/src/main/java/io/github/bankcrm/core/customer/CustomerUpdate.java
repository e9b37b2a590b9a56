package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted command produces: the customer's next state, the change record, and the events. The
 * {@link Customers} port saves the state and the record together, or neither.
 *
 * @param customer the new state; version 1 for a registration
 * @param changeRecord the change record for that version
 * @param events what happened, for the caller to publish
 */
public record CustomerUpdate(
    Customer customer, CustomerChangeRecord changeRecord, List<CustomerEvent> events) {

  public CustomerUpdate {
    requireNonNull(customer, "customer");
    requireNonNull(changeRecord, "changeRecord");
    events = List.copyOf(requireNonNull(events, "events"));
    if (!changeRecord.customerId().equals(customer.id())
        || changeRecord.version() != customer.version()) {
      throw new IllegalArgumentException("the change record must describe this very version");
    }
  }

  /** Whether this update registers a new customer. */
  @JsonIgnore
  public boolean isRegistration() {
    return customer.version() == 1;
  }

  /** The version the stored customer must have for this update to apply; 0 for a registration. */
  public long expectedStoredVersion() {
    return customer.version() - 1;
  }
}
