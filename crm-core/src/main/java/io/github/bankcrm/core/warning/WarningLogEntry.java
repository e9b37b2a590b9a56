package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a warning's follow-up, as logged: what was done, by whom, when, and the warning's state,
 * level, assignee, due date and escalation level after it. The free comment may mention people, so
 * {@link #toString()} leaves it out.
 *
 * @param step the step
 * @param state the state after the step
 * @param level the level after the step
 * @param assignee the relationship manager handling it after the step, or {@code null}
 * @param due the due date after the step, or {@code null}
 * @param escalation the escalation level after the step, 0 if never escalated
 * @param actor who took the step: a person, or the evaluation or escalation job
 * @param at when
 * @param comment a free comment, or {@code null}
 */
public record WarningLogEntry(
    WarningStep step,
    WarningState state,
    WarningLevel level,
    @Nullable RelationshipManagerId assignee,
    @Nullable LocalDate due,
    int escalation,
    Actor actor,
    Instant at,
    @Nullable String comment) {

  /** The longest comment. */
  public static final int MAX_COMMENT = 500;

  public WarningLogEntry {
    requireNonNull(step, "step");
    requireNonNull(state, "state");
    requireNonNull(level, "level");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    if (escalation < 0) {
      throw new IllegalArgumentException("escalation is never negative");
    }
    if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
      throw new IllegalArgumentException("comment longer than " + MAX_COMMENT + " characters");
    }
  }

  /** The same entry at another level. */
  WarningLogEntry withLevel(WarningLevel newLevel) {
    return new WarningLogEntry(step, state, newLevel, assignee, due, escalation, actor, at, comment);
  }

  /** The same entry with another assignee and due date. */
  WarningLogEntry withAssignment(RelationshipManagerId manager, LocalDate dueOn) {
    return new WarningLogEntry(step, state, level, manager, dueOn, escalation, actor, at, comment);
  }

  /** The same entry at another escalation level. */
  WarningLogEntry withEscalation(int newEscalation) {
    return new WarningLogEntry(step, state, level, assignee, due, newEscalation, actor, at, comment);
  }

  /**
   * Every field but the comment.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "WarningLogEntry[" + step + " -> " + state + ", level=" + level + ", assignee=" + assignee + ", due=" + due
        + ", escalation=" + escalation + ", actor=" + actor + ", at=" + at + (comment == null ? "" : ", comment=***")
        + "]";
  }
}
