package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An early warning that a customer relationship is at risk [客户关系危机预警]: its level, the factors that
 * raised it with their values, and its follow-up — raised, acknowledged, in handling by a relationship
 * manager until a due date, then resolved or lost, escalated one level each time it passes a due date
 * unhandled. Every step is logged with actor and time; the log replays to the state (see {@link
 * WarningStep} for the table), so no step is skipped and a resolved or lost warning is never re-opened:
 * a new risk raises a new warning.
 *
 * <p>An immutable snapshot at one {@link #version()} (the number of log entries). Commands return a
 * {@link WarningUpdate} with the next version and its events, or a {@link WarningError}.
 *
 * @param id the warning number
 * @param version the number of log entries
 * @param customerId the customer
 * @param policy the policy version of the latest assessment
 * @param assessedOn the day of the latest assessment
 * @param level the level of the latest assessment
 * @param readings the factors of the latest assessment
 * @param state the follow-up state
 * @param assignee the relationship manager handling it; set from the assignment on
 * @param due the day handling is due; set from the assignment on
 * @param escalation how many times it was escalated, 0 at first
 * @param log every step, oldest first; the last one describes the current state
 */
public record EarlyWarning(
    WarningId id,
    long version,
    CustomerId customerId,
    PolicyVersion policy,
    LocalDate assessedOn,
    WarningLevel level,
    List<FactorReading> readings,
    WarningState state,
    @Nullable RelationshipManagerId assignee,
    @Nullable LocalDate due,
    int escalation,
    List<WarningLogEntry> log) {

  public EarlyWarning {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(policy, "policy");
    requireNonNull(assessedOn, "assessedOn");
    requireNonNull(level, "level");
    requireNonNull(state, "state");
    readings = List.copyOf(readings);
    log = List.copyOf(log);
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("a warning has at least one factor");
    }
    if (version != log.size()) {
      throw new IllegalArgumentException("the version is the number of log entries");
    }
    replay(log);
    WarningLogEntry last = log.get(log.size() - 1);
    if (last.state() != state || last.level() != level || !java.util.Objects.equals(last.assignee(), assignee)
        || !java.util.Objects.equals(last.due(), due) || last.escalation() != escalation) {
      throw new IllegalArgumentException("the last log entry describes the warning");
    }
    if ((assignee == null) != (state == WarningState.RAISED || state == WarningState.ACKNOWLEDGED)
        || (due == null) != (assignee == null)) {
      throw new IllegalArgumentException("an assignee and a due date exactly from the assignment on");
    }
  }

  /**
   * Raises a warning at version 1 from an assessment.
   *
   * @param id the new warning's number
   * @param assessment what the policy found
   * @param actor who raises it, usually the evaluation job
   * @param now when
   * @return the update with a {@code WarningRaised} event
   */
  public static WarningUpdate raise(WarningId id, WarningAssessment assessment, Actor actor, Instant now) {
    requireNonNull(id, "id");
    requireNonNull(assessment, "assessment");
    WarningLogEntry entry =
        new WarningLogEntry(WarningStep.RAISED, WarningState.RAISED, assessment.level(), null, null, 0, actor, now, null);
    EarlyWarning warning =
        new EarlyWarning(id, 1, assessment.customerId(), assessment.policy(), assessment.asOf(), assessment.level(),
            assessment.readings(), WarningState.RAISED, null, null, 0, List.of(entry));
    return new WarningUpdate(
        warning,
        List.of(new WarningEvent.WarningRaised(id, 1, assessment.customerId(), assessment.level(), assessment.factors(),
            actor, now)));
  }

  /**
   * Updates the open warning with a later assessment of the same customer: new readings and level, same
   * state. This is how a re-run of the evaluation avoids duplicate warnings.
   *
   * @param expectedVersion the version the caller saw
   * @param assessment the later assessment
   * @param actor who runs the evaluation
   * @param now when
   * @return the update, or {@code VersionConflict} or {@code StepNotAllowed} (the warning is closed)
   */
  public Either<WarningError, WarningUpdate> reassess(
      long expectedVersion, WarningAssessment assessment, Actor actor, Instant now) {
    requireNonNull(assessment, "assessment");
    if (!assessment.customerId().equals(customerId)) {
      throw new IllegalArgumentException("the assessment must be of this warning's customer");
    }
    return take(expectedVersion, WarningStep.REASSESSED, null, actor, now,
        (next, entry) -> new EarlyWarning(id, version + 1, customerId, assessment.policy(), assessment.asOf(),
            assessment.level(), assessment.readings(), next, assignee, due, escalation,
            appended(entry.withLevel(assessment.level()))));
  }

  /**
   * Acknowledges a raised warning.
   *
   * @param expectedVersion the version the caller saw
   * @param comment a free comment, or {@code null}
   * @param actor who acknowledges it
   * @param now when
   * @return the update, or {@code VersionConflict}, {@code StepNotAllowed} or {@code InvalidInput}
   */
  public Either<WarningError, WarningUpdate> acknowledge(
      long expectedVersion, @Nullable String comment, Actor actor, Instant now) {
    return take(expectedVersion, WarningStep.ACKNOWLEDGED, comment, actor, now, this::same);
  }

  /**
   * Assigns an acknowledged warning to a relationship manager (ASSIGNED), or an in-handling one to
   * another manager or due date (REASSIGNED).
   *
   * @param expectedVersion the version the caller saw
   * @param manager the relationship manager who handles it
   * @param dueOn the day handling is due
   * @param comment a free comment, or {@code null}
   * @param actor who assigns it
   * @param now when
   * @return the update, or {@code VersionConflict}, {@code StepNotAllowed} or {@code InvalidInput}
   */
  public Either<WarningError, WarningUpdate> assign(
      long expectedVersion, RelationshipManagerId manager, LocalDate dueOn, @Nullable String comment, Actor actor,
      Instant now) {
    requireNonNull(manager, "manager");
    requireNonNull(dueOn, "dueOn");
    WarningStep step = state == WarningState.IN_HANDLING ? WarningStep.REASSIGNED : WarningStep.ASSIGNED;
    return take(expectedVersion, step, comment, actor, now,
        (next, entry) -> new EarlyWarning(id, version + 1, customerId, policy, assessedOn, level, readings, next,
            manager, dueOn, escalation, appended(entry.withAssignment(manager, dueOn))));
  }

  /**
   * Escalates a warning in handling whose due date has passed, one level up; once per due date.
   *
   * @param expectedVersion the version the caller saw
   * @param today the bank's business day
   * @param actor who escalates it, usually the escalation job
   * @param now when
   * @return the update, or {@code VersionConflict}, {@code StepNotAllowed} or {@code NotPastDue}
   */
  public Either<WarningError, WarningUpdate> escalate(long expectedVersion, LocalDate today, Actor actor, Instant now) {
    requireNonNull(today, "today");
    if (state == WarningState.IN_HANDLING && expectedVersion == version && !isPastDue(today)) {
      return Either.left(new WarningError.NotPastDue(id, due, today));
    }
    return take(expectedVersion, WarningStep.ESCALATED, null, actor, now,
        (next, entry) -> new EarlyWarning(id, version + 1, customerId, policy, assessedOn, level, readings, next,
            assignee, due, escalation + 1, appended(entry.withEscalation(escalation + 1))));
  }

  /**
   * Closes a warning in handling: the relationship was saved.
   *
   * @param expectedVersion the version the caller saw
   * @param comment what was done, or {@code null}
   * @param actor who closes it
   * @param now when
   * @return the update, or {@code VersionConflict}, {@code StepNotAllowed} or {@code InvalidInput}
   */
  public Either<WarningError, WarningUpdate> resolve(long expectedVersion, @Nullable String comment, Actor actor, Instant now) {
    return take(expectedVersion, WarningStep.RESOLVED, comment, actor, now, this::same);
  }

  /**
   * Closes a warning in handling: the customer was lost.
   *
   * @param expectedVersion the version the caller saw
   * @param comment what happened, or {@code null}
   * @param actor who closes it
   * @param now when
   * @return the update, or {@code VersionConflict}, {@code StepNotAllowed} or {@code InvalidInput}
   */
  public Either<WarningError, WarningUpdate> markLost(long expectedVersion, @Nullable String comment, Actor actor, Instant now) {
    return take(expectedVersion, WarningStep.LOST, comment, actor, now, this::same);
  }

  /**
   * Whether the warning is in handling, its due date has passed, and it was not escalated for that due
   * date yet.
   *
   * @param today the bank's business day
   * @return whether {@link #escalate} would go ahead
   */
  public boolean isPastDue(LocalDate today) {
    if (state != WarningState.IN_HANDLING || !today.isAfter(due)) {
      return false;
    }
    for (int i = log.size() - 1; i >= 0; i--) {
      WarningLogEntry entry = log.get(i);
      if (entry.step() == WarningStep.ESCALATED && due.equals(entry.due())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the warning still needs work.
   *
   * @return whether it is neither resolved nor lost
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isOpen() {
    return state.isOpen();
  }

  /**
   * The factors of the latest assessment.
   *
   * @return the factors
   */
  public Set<WarningFactor> factors() {
    Set<WarningFactor> factors = EnumSet.noneOf(WarningFactor.class);
    readings.forEach(reading -> factors.add(reading.factor()));
    return factors;
  }

  /**
   * Re-points the open warning to another record of the same customer (REPOINTED): the command identity
   * resolution uses when two customer records are merged, or a merge is undone; no other caller should
   * use it. State, level, assignee and due date stay; the log keeps the step.
   *
   * @param expectedVersion the version the caller saw
   * @param to the customer record the warning belongs to from now on; not the current one
   * @param actor who merges
   * @param now when
   * @return the update, or {@code VersionConflict} or {@code StepNotAllowed} (the warning is closed)
   * @throws IllegalArgumentException if {@code to} is the current customer
   */
  public Either<WarningError, WarningUpdate> repoint(long expectedVersion, CustomerId to, Actor actor, Instant now) {
    requireNonNull(to, "to");
    if (to.equals(customerId)) {
      throw new IllegalArgumentException("the warning already belongs to " + to);
    }
    return take(expectedVersion, WarningStep.REPOINTED, null, actor, now,
        (next, entry) -> new EarlyWarning(id, version + 1, to, policy, assessedOn, level, readings, next, assignee,
            due, escalation, appended(entry)));
  }

  /**
   * Replays a log and returns the state it leads to, checking every step against the table.
   *
   * @param log the entries, oldest first
   * @return the state after the last entry
   * @throws IllegalArgumentException if the log does not start with RAISED or takes a step the table
   *     does not allow
   */
  public static WarningState replay(List<WarningLogEntry> log) {
    if (log.isEmpty() || log.get(0).step() != WarningStep.RAISED || log.get(0).state() != WarningState.RAISED) {
      throw new IllegalArgumentException("a warning log begins with RAISED");
    }
    WarningState current = WarningState.RAISED;
    for (WarningLogEntry entry : log.subList(1, log.size())) {
      Optional<WarningState> next = entry.step().from(current);
      if (next.isEmpty() || next.get() != entry.state()) {
        throw new IllegalArgumentException("the log takes a step the table does not allow");
      }
      current = next.get();
    }
    return current;
  }

  /**
   * Numbers, level, factors, state, assignee, due date and escalation; never comments.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EarlyWarning[id=" + id + ", version=" + version + ", customerId=" + customerId + ", level=" + level
        + ", factors=" + factors() + ", state=" + state + ", assignee=" + assignee + ", due=" + due
        + ", escalation=" + escalation + "]";
  }

  /** Builds the next snapshot from the next state and the log entry describing it. */
  private interface Next {
    EarlyWarning build(WarningState next, WarningLogEntry entry);
  }

  private Either<WarningError, WarningUpdate> take(
      long expectedVersion, WarningStep step, @Nullable String comment, Actor actor, Instant now, Next next) {
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (expectedVersion != version) {
      return Either.left(new WarningError.VersionConflict(id, expectedVersion, version));
    }
    Optional<WarningState> target = step.from(state);
    if (target.isEmpty()) {
      return Either.left(new WarningError.StepNotAllowed(id, state, step, WarningStep.allowedFrom(state)));
    }
    Validation<FieldError, String> text = TextInput.optional(comment, WarningLogEntry.MAX_COMMENT);
    if (text.isInvalid()) {
      return Either.left(new WarningError.InvalidInput(List.of(text.getError().under("comment"))));
    }
    EarlyWarning built =
        next.build(target.get(), new WarningLogEntry(step, target.get(), level, assignee, due, escalation, actor, now, text.get()));
    WarningLogEntry entry = built.log.get(built.log.size() - 1);
    return Either.right(
        new WarningUpdate(
            built,
            List.of(new WarningEvent.WarningStepTaken(id, built.version, customerId, step, entry.state(), entry.level(),
                entry.assignee(), entry.due(), entry.escalation(), actor, now))));
  }

  private EarlyWarning same(WarningState next, WarningLogEntry entry) {
    return new EarlyWarning(id, version + 1, customerId, policy, assessedOn, level, readings, next, assignee, due,
        escalation, appended(entry));
  }

  private List<WarningLogEntry> appended(WarningLogEntry entry) {
    List<WarningLogEntry> next = new ArrayList<>(log);
    next.add(entry);
    return next;
  }
}
