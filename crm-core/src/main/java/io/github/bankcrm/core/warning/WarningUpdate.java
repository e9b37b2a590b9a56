package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted warning command produces: the next state and its events. The {@link Warnings} port
 * saves it only over the version it was computed from.
 *
 * @param warning the new state; version 1 when raised
 * @param events what happened
 */
public record WarningUpdate(EarlyWarning warning, List<WarningEvent> events) {

  public WarningUpdate {
    requireNonNull(warning, "warning");
    events = List.copyOf(requireNonNull(events, "events"));
    for (WarningEvent event : events) {
      if (!event.warningId().equals(warning.id()) || event.version() != warning.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update re-points the warning to another customer record ({@link
   * EarlyWarning#repoint}), the only change that may change its customer.
   *
   * @return whether it takes the REPOINTED step
   */
  @JsonIgnore
  public boolean repointsCustomer() {
    return events.stream()
        .anyMatch(event -> event instanceof WarningEvent.WarningStepTaken taken && taken.step() == WarningStep.REPOINTED);
  }

  /**
   * The version the stored warning must have for this update to apply.
   *
   * @return 0 when raised, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return warning.version() - 1;
  }
}
