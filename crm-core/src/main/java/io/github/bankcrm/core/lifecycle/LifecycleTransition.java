package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One entry of a customer's transition log [生命周期变更记录]: from which stage to which, when, who, and
 * why. The first entry of a log starts the lifecycle and has no {@code from}; every later entry was
 * caused either by a {@code command} or by a {@code policy}, never both.
 *
 * <p>The free comment may mention people or circumstances, so {@link #toString()} leaves it out.
 *
 * @param from the stage before, {@code null} for the entry that starts the lifecycle
 * @param to the stage after
 * @param at when the move was made
 * @param actor who made it: a staff member, or the system job that applied a policy
 * @param command the command that caused it, or {@code null} for a start or a policy move
 * @param policy the policy version that derived it, or {@code null} for a start or a commanded move
 * @param reasonCode a stable code: the command's {@link LifecycleCommand#reasonCode()}, the policy
 *     rule's reason code, or {@code started}
 * @param comment a free comment, at most {@value #MAX_COMMENT} characters, or {@code null}
 */
public record LifecycleTransition(
    @Nullable LifecycleStage from,
    LifecycleStage to,
    Instant at,
    Actor actor,
    @Nullable LifecycleCommand command,
    @Nullable PolicyVersion policy,
    String reasonCode,
    @Nullable String comment) {

  /** The longest comment. */
  public static final int MAX_COMMENT = 500;

  /** The reason code of the entry that starts a lifecycle. */
  public static final String STARTED = "started";

  /** The form of a reason code: lower-case letters, digits, {@code _ . -}, up to 64 characters. */
  public static final Pattern REASON_CODE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

  public LifecycleTransition {
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(reasonCode, "reasonCode");
    if (!REASON_CODE.matcher(reasonCode).matches()) {
      throw new IllegalArgumentException("reason code must be 1-64 of a-z 0-9 _ . -");
    }
    if (from == null && (command != null || policy != null)) {
      throw new IllegalArgumentException("the starting entry has neither command nor policy");
    }
    if (from != null && (command == null) == (policy == null)) {
      throw new IllegalArgumentException("a move has either a command or a policy");
    }
    if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
      throw new IllegalArgumentException("comment longer than " + MAX_COMMENT + " characters");
    }
  }

  /**
   * Whether this entry starts the lifecycle.
   *
   * @return whether it has no {@code from}
   */
  @JsonIgnore
  public boolean isStart() {
    return from == null;
  }

  /**
   * Stages, time, actor, cause and reason; never the comment.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "LifecycleTransition[" + from + " -> " + to + ", at=" + at + ", actor=" + actor
        + (command != null ? ", command=" + command : "") + (policy != null ? ", policy=" + policy : "")
        + ", reason=" + reasonCode + (comment != null ? ", comment=***" : "") + "]";
  }
}
