package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an accepted lifecycle command produces: the lifecycle's next state and its events. The {@link
 * Lifecycles} port saves it only over the version it was computed from.
 *
 * @param lifecycle the new state; version 1 for a start
 * @param events what happened, for the caller to publish
 */
public record LifecycleUpdate(CustomerLifecycle lifecycle, List<LifecycleEvent> events) {

  public LifecycleUpdate {
    requireNonNull(lifecycle, "lifecycle");
    events = List.copyOf(requireNonNull(events, "events"));
    for (LifecycleEvent event : events) {
      if (!event.customerId().equals(lifecycle.customerId())
          || event.version() != lifecycle.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * The version the stored lifecycle must have for this update to apply.
   *
   * @return 0 for a start, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return lifecycle.version() - 1;
  }
}
