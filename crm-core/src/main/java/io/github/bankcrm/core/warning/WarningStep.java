package io.github.bankcrm.core.warning;

import io.github.bankcrm.core.shared.Nullable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A step of a warning's follow-up, and the table of which state each step starts from and leads to.
 * There is no step that skips one (a raised warning is acknowledged before it is handled, handled before
 * it is resolved) and none out of RESOLVED or LOST.
 *
 * <table>
 *   <caption>Steps</caption>
 *   <tr><th>step</th><th>from</th><th>to</th></tr>
 *   <tr><td>RAISED</td><td>(new)</td><td>RAISED</td></tr>
 *   <tr><td>REASSESSED</td><td>RAISED, ACKNOWLEDGED, IN_HANDLING</td><td>unchanged</td></tr>
 *   <tr><td>ACKNOWLEDGED</td><td>RAISED</td><td>ACKNOWLEDGED</td></tr>
 *   <tr><td>ASSIGNED</td><td>ACKNOWLEDGED</td><td>IN_HANDLING</td></tr>
 *   <tr><td>REASSIGNED</td><td>IN_HANDLING</td><td>IN_HANDLING</td></tr>
 *   <tr><td>ESCALATED</td><td>IN_HANDLING, past due</td><td>IN_HANDLING</td></tr>
 *   <tr><td>RESOLVED</td><td>IN_HANDLING</td><td>RESOLVED</td></tr>
 *   <tr><td>LOST</td><td>IN_HANDLING</td><td>LOST</td></tr>
 *   <tr><td>REPOINTED</td><td>RAISED, ACKNOWLEDGED, IN_HANDLING</td><td>unchanged</td></tr>
 * </table>
 */
public enum WarningStep {
  /** An evaluation raised the warning. */
  RAISED(EnumSet.noneOf(WarningState.class), null),
  /** A later evaluation updated the readings and level of the open warning. */
  REASSESSED(EnumSet.of(WarningState.RAISED, WarningState.ACKNOWLEDGED, WarningState.IN_HANDLING), null),
  /** Somebody acknowledged it. */
  ACKNOWLEDGED(EnumSet.of(WarningState.RAISED), WarningState.ACKNOWLEDGED),
  /** It was assigned to a relationship manager with a due date. */
  ASSIGNED(EnumSet.of(WarningState.ACKNOWLEDGED), WarningState.IN_HANDLING),
  /** It was given to another manager or a new due date. */
  REASSIGNED(EnumSet.of(WarningState.IN_HANDLING), WarningState.IN_HANDLING),
  /** It was past due and escalated one level up. */
  ESCALATED(EnumSet.of(WarningState.IN_HANDLING), WarningState.IN_HANDLING),
  /** The relationship was saved. */
  RESOLVED(EnumSet.of(WarningState.IN_HANDLING), WarningState.RESOLVED),
  /** The customer was lost. */
  LOST(EnumSet.of(WarningState.IN_HANDLING), WarningState.LOST),
  /**
   * The open warning was re-pointed to another record of the same customer, by a merge of two customer
   * records or its undo.
   */
  REPOINTED(EnumSet.of(WarningState.RAISED, WarningState.ACKNOWLEDGED, WarningState.IN_HANDLING), null);

  private final Set<WarningState> from;
  private final @Nullable WarningState to;

  WarningStep(Set<WarningState> from, @Nullable WarningState to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The state this step leads to from a state.
   *
   * @param state the current state
   * @return the next state (the same one for steps that keep it), or empty if the step is not allowed
   */
  public Optional<WarningState> from(WarningState state) {
    return from.contains(state) ? Optional.of(to == null ? state : to) : Optional.empty();
  }

  /**
   * The steps a person or the evaluation job may take from a state, in declaration order: what a
   * refusal lists. REPOINTED, taken only by a merge of two customer records, is left out.
   *
   * @param state the current state
   * @return the steps; empty for RESOLVED and LOST
   */
  public static Set<WarningStep> allowedFrom(WarningState state) {
    Set<WarningStep> steps = EnumSet.noneOf(WarningStep.class);
    for (WarningStep step : values()) {
      if (step != REPOINTED && step.from.contains(state)) {
        steps.add(step);
      }
    }
    return steps;
  }
}
