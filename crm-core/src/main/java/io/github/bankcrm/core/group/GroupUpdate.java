package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted group command produces: the group's next state and the events. The {@link Groups}
 * port saves the state only over the version it was computed from.
 *
 * @param group the new state; version 1 for a creation
 * @param events what happened, for the caller to publish
 */
public record GroupUpdate(Group group, List<GroupEvent> events) {

  public GroupUpdate {
    requireNonNull(group, "group");
    events = List.copyOf(requireNonNull(events, "events"));
    for (GroupEvent event : events) {
      if (!event.groupId().equals(group.id()) || event.version() != group.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update creates a new group.
   *
   * @return whether the group is at version 1
   */
  @JsonIgnore
  public boolean isCreation() {
    return group.version() == 1;
  }

  /**
   * The version the stored group must have for this update to apply.
   *
   * @return 0 for a creation, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return group.version() - 1;
  }
}
