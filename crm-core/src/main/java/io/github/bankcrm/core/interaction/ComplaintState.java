package io.github.bankcrm.core.interaction;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a complaint stands [投诉处理状态]. The allowed moves are a table, not if-chains:
 *
 * <ul>
 *   <li>RECEIVED to IN_PROGRESS, RESOLVED or WITHDRAWN;
 *   <li>IN_PROGRESS to RESOLVED or WITHDRAWN;
 *   <li>RESOLVED back to IN_PROGRESS (the customer is not satisfied: reopened, explicitly and logged);
 *   <li>WITHDRAWN is final.
 * </ul>
 */
public enum ComplaintState {
  /** Recorded, nobody works on it yet. */
  RECEIVED,
  /** Somebody works on it. */
  IN_PROGRESS,
  /** Resolved; the customer was told. */
  RESOLVED,
  /** The customer withdrew it. */
  WITHDRAWN;

  private static final Map<ComplaintState, Set<ComplaintState>> MOVES =
      Map.of(
          RECEIVED, EnumSet.of(IN_PROGRESS, RESOLVED, WITHDRAWN),
          IN_PROGRESS, EnumSet.of(RESOLVED, WITHDRAWN),
          RESOLVED, EnumSet.of(IN_PROGRESS),
          WITHDRAWN, EnumSet.noneOf(ComplaintState.class));

  /**
   * The states a complaint may move to from this one.
   *
   * @return the allowed next states
   */
  public Set<ComplaintState> next() {
    return Set.copyOf(MOVES.get(this));
  }

  /**
   * Whether the complaint still needs work: received or in progress.
   *
   * @return whether it is open
   */
  public boolean isOpen() {
    return this == RECEIVED || this == IN_PROGRESS;
  }
}
