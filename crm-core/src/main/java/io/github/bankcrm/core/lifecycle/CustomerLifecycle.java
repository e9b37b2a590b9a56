package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's lifecycle [客户生命周期]: the current {@link LifecycleStage} and the log of every move that
 * led there. The log is the truth: {@link #replay(List)} of the log gives the stage, and the version is
 * the number of entries, so a stored lifecycle can always be checked against its history.
 *
 * <p>An immutable snapshot. Commands never modify it: they return a {@link LifecycleUpdate} with the
 * next version and its events, or a {@link LifecycleError}. Commanded moves follow the table in {@link
 * LifecycleTransitions} and pass its guard against a {@link HoldingsPosition}; policy moves are {@link
 * ProposedMove}s of a {@link LifecyclePolicy}.
 *
 * @param customerId the customer; one lifecycle per customer
 * @param version the number of log entries: 1 after the start, one more with every move
 * @param stage the current stage, the {@code to} of the last entry
 * @param transitions the log, oldest first
 */
public record CustomerLifecycle(
    CustomerId customerId, long version, LifecycleStage stage, List<LifecycleTransition> transitions) {

  public CustomerLifecycle {
    requireNonNull(customerId, "customerId");
    requireNonNull(stage, "stage");
    transitions = List.copyOf(requireNonNull(transitions, "transitions"));
    if (version != transitions.size()) {
      throw new IllegalArgumentException("the version is the number of log entries");
    }
    if (replay(transitions) != stage) {
      throw new IllegalArgumentException("the log does not lead to the stage");
    }
  }

  /**
   * Starts a customer's lifecycle at version 1.
   *
   * @param customerId the customer
   * @param stage PROSPECT, or ONBOARDING for a customer who opens a product at once
   * @param comment a free comment, or {@code null}
   * @param actor who starts it
   * @param now when
   * @return the start with its {@code LifecycleStarted} event, or {@code InvalidInput}
   */
  public static Either<LifecycleError, LifecycleUpdate> start(
      CustomerId customerId, LifecycleStage stage, @Nullable String comment, Actor actor, Instant now) {
    requireNonNull(customerId, "customerId");
    requireNonNull(stage, "stage");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    List<FieldError> errors = new ArrayList<>();
    if (!LifecycleTransitions.mayStartIn(stage)) {
      errors.add(new FieldError("invalid_start", "stage", "must be PROSPECT or ONBOARDING"));
    }
    Validation<FieldError, String> text = validComment(comment);
    if (text.isInvalid()) {
      errors.add(text.getError().under("comment"));
    }
    if (!errors.isEmpty()) {
      return Either.left(new LifecycleError.InvalidInput(errors));
    }
    LifecycleTransition entry =
        new LifecycleTransition(null, stage, now, actor, null, null, LifecycleTransition.STARTED, text.get());
    return Either.right(
        new LifecycleUpdate(
            new CustomerLifecycle(customerId, 1, stage, List.of(entry)),
            List.of(new LifecycleEvent.LifecycleStarted(customerId, 1, stage, actor, now))));
  }

  /**
   * Applies a commanded move.
   *
   * @param expectedVersion the version the caller saw
   * @param command the command
   * @param position what the customer holds now, for the command's guard
   * @param comment a free comment, or {@code null}
   * @param actor who commands it
   * @param now when
   * @return the update with a {@code StageChanged} event, or {@code VersionConflict}, {@code
   *     InvalidTransition}, {@code GuardRefused} or {@code InvalidInput}
   */
  public Either<LifecycleError, LifecycleUpdate> command(
      long expectedVersion,
      LifecycleCommand command,
      HoldingsPosition position,
      @Nullable String comment,
      Actor actor,
      Instant now) {
    requireNonNull(command, "command");
    requireNonNull(position, "position");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (!position.customerId().equals(customerId)) {
      throw new IllegalArgumentException("the holdings position must be the customer's own");
    }
    if (expectedVersion != version) {
      return Either.left(new LifecycleError.VersionConflict(customerId, expectedVersion, version));
    }
    var target = LifecycleTransitions.target(stage, command);
    if (target.isEmpty()) {
      return Either.left(
          new LifecycleError.InvalidTransition(
              customerId, stage, command, LifecycleTransitions.allowedFrom(stage)));
    }
    LifecycleGuard guard = LifecycleTransitions.guard(command);
    if (!guard.holds(position)) {
      return Either.left(
          new LifecycleError.GuardRefused(
              customerId, command, guard, position.openAccountIds(), position.outstandingLoanIds()));
    }
    Validation<FieldError, String> text = validComment(comment);
    if (text.isInvalid()) {
      return Either.left(new LifecycleError.InvalidInput(List.of(text.getError().under("comment"))));
    }
    return Either.right(
        moved(
            new LifecycleTransition(
                stage, target.get(), now, actor, command, null, command.reasonCode(), text.get())));
  }

  /**
   * Applies a move a policy derived.
   *
   * @param expectedVersion the version the caller saw
   * @param move the proposal, computed for this customer in its current stage
   * @param actor who applies it, usually a system job
   * @param now when
   * @return the update with a {@code StageChanged} event, or {@code VersionConflict} or {@code
   *     PolicyMoveRefused} (the customer left {@code move.from()} in between)
   */
  public Either<LifecycleError, LifecycleUpdate> applyPolicy(
      long expectedVersion, ProposedMove move, Actor actor, Instant now) {
    requireNonNull(move, "move");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (!move.customerId().equals(customerId)) {
      throw new IllegalArgumentException("the move must be the customer's own");
    }
    if (expectedVersion != version) {
      return Either.left(new LifecycleError.VersionConflict(customerId, expectedVersion, version));
    }
    if (move.from() != stage || !LifecycleTransitions.policyMayMove(stage, move.to())) {
      return Either.left(
          new LifecycleError.PolicyMoveRefused(customerId, move.from(), move.to(), stage));
    }
    return Either.right(
        moved(
            new LifecycleTransition(
                stage, move.to(), now, actor, null, move.policy(), move.reasonCode(), null)));
  }

  /**
   * The commanded moves allowed from the current stage (guards not checked).
   *
   * @return the moves
   */
  public List<AllowedMove> allowedMoves() {
    return LifecycleTransitions.allowedFrom(stage);
  }

  /**
   * Replays a transition log and returns the stage it leads to, checking every entry against the
   * table: a log that starts anywhere but with a start entry, skips a stage, or records a move the table
   * forbids is refused.
   *
   * @param log the entries, oldest first
   * @return the stage after the last entry
   * @throws IllegalArgumentException if the log is empty or inconsistent
   */
  public static LifecycleStage replay(List<LifecycleTransition> log) {
    if (log.isEmpty() || !log.get(0).isStart() || !LifecycleTransitions.mayStartIn(log.get(0).to())) {
      throw new IllegalArgumentException("a log begins with one start entry in PROSPECT or ONBOARDING");
    }
    LifecycleStage current = log.get(0).to();
    for (LifecycleTransition entry : log.subList(1, log.size())) {
      if (entry.from() != current) {
        throw new IllegalArgumentException("a log entry does not start where the previous ended");
      }
      boolean allowed =
          entry.command() != null
              ? LifecycleTransitions.target(current, entry.command()).filter(entry.to()::equals).isPresent()
              : LifecycleTransitions.policyMayMove(current, entry.to());
      if (!allowed) {
        throw new IllegalArgumentException("the log records a move the table forbids");
      }
      current = entry.to();
    }
    return current;
  }

  /**
   * Customer number, version and stage; never comments.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CustomerLifecycle[customerId=" + customerId + ", version=" + version + ", stage=" + stage + "]";
  }

  private static Validation<FieldError, String> validComment(@Nullable String comment) {
    return TextInput.optional(comment, LifecycleTransition.MAX_COMMENT);
  }

  private LifecycleUpdate moved(LifecycleTransition entry) {
    List<LifecycleTransition> log = new ArrayList<>(transitions);
    log.add(entry);
    long next = version + 1;
    return new LifecycleUpdate(
        new CustomerLifecycle(customerId, next, entry.to(), log),
        List.of(
            new LifecycleEvent.StageChanged(
                customerId, next, entry.from(), entry.to(), entry.command(), entry.policy(),
                entry.reasonCode(), entry.actor(), entry.at())));
  }
}
