package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted assignment command produces: the customer's next assignment history and the
 * events. The {@link ServiceAssignments} port saves it only over the version it was computed from.
 *
 * @param history the new state; version 1 for a first assignment
 * @param events what happened, for the caller to publish
 */
public record AssignmentUpdate(
    AssignmentHistory history, List<HoldingEvent.AssignmentEvent> events) {

  public AssignmentUpdate {
    requireNonNull(history, "history");
    events = List.copyOf(requireNonNull(events, "events"));
    for (HoldingEvent.AssignmentEvent event : events) {
      if (!event.customerId().equals(history.customerId()) || event.version() != history.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update starts a customer's history.
   *
   * @return whether the history is at version 1
   */
  @JsonIgnore
  public boolean isStart() {
    return history.version() == 1;
  }

  /**
   * The version the stored history must have for this update to apply.
   *
   * @return 0 for a start, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return history.version() - 1;
  }
}
