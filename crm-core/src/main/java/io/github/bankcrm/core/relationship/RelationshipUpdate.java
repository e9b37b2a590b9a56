package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted relationship command produces: the relationship's next state and the events. The
 * {@link Relationships} port saves the state only over the version it was computed from.
 *
 * @param relationship the new state; version 1 for a new relationship
 * @param events what happened, for the caller to publish
 */
public record RelationshipUpdate(Relationship relationship, List<RelationshipEvent> events) {

  public RelationshipUpdate {
    requireNonNull(relationship, "relationship");
    events = List.copyOf(requireNonNull(events, "events"));
    for (RelationshipEvent event : events) {
      if (!event.relationshipId().equals(relationship.id())
          || event.version() != relationship.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update records a new relationship.
   *
   * @return whether the relationship is at version 1
   */
  @JsonIgnore
  public boolean isCreation() {
    return relationship.version() == 1;
  }

  /**
   * Whether this update re-points the relationship to another customer record ({@link
   * Relationship#repoint}), the only change that may change its customers.
   *
   * @return whether it carries a {@code RelationshipRepointed} event
   */
  @JsonIgnore
  public boolean repointsCustomer() {
    return events.stream().anyMatch(RelationshipEvent.RelationshipRepointed.class::isInstance);
  }

  /**
   * The version the stored relationship must have for this update to apply.
   *
   * @return 0 for a new relationship, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return relationship.version() - 1;
  }
}
