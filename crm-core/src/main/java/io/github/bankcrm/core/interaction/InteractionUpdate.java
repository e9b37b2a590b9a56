package io.github.bankcrm.core.interaction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted interaction command produces: the next state and its events. The {@link
 * Interactions} port saves it only over the version it was computed from.
 *
 * @param interaction the new state; version 1 when recorded
 * @param events what happened
 */
public record InteractionUpdate(Interaction interaction, List<InteractionEvent> events) {

  public InteractionUpdate {
    requireNonNull(interaction, "interaction");
    events = List.copyOf(requireNonNull(events, "events"));
    for (InteractionEvent event : events) {
      if (!event.interactionId().equals(interaction.id()) || event.version() != interaction.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update re-points the contact to another customer record ({@link
   * Interaction#reassign}), the only change that may change its customer.
   *
   * @return whether it carries an {@code InteractionReassigned} event
   */
  @JsonIgnore
  public boolean reassignsCustomer() {
    return events.stream().anyMatch(InteractionEvent.InteractionReassigned.class::isInstance);
  }

  /**
   * The version the stored interaction must have for this update to apply.
   *
   * @return 0 for a new record, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return interaction.version() - 1;
  }
}
