package io.github.bankcrm.core.interaction;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;

/**
 * The complaint part of an interaction of type {@link InteractionType#COMPLAINT}.
 *
 * @param severity how serious it is
 * @param state where it stands
 * @param resolvedAt when it was last resolved; set exactly when the state is RESOLVED
 */
public record Complaint(ComplaintSeverity severity, ComplaintState state, @Nullable Instant resolvedAt) {

  public Complaint {
    requireNonNull(severity, "severity");
    requireNonNull(state, "state");
    if ((state == ComplaintState.RESOLVED) != (resolvedAt != null)) {
      throw new IllegalArgumentException("resolvedAt is set exactly when the complaint is resolved");
    }
  }

  /**
   * A complaint just received.
   *
   * @param severity how serious it is
   * @return the complaint
   */
  public static Complaint received(ComplaintSeverity severity) {
    return new Complaint(severity, ComplaintState.RECEIVED, null);
  }
}
