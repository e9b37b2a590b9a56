package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Re-evaluates a dynamic segment against its stored membership and stores the result: load the current
 * members, {@link SegmentEvaluation#evaluate evaluate}, and {@link SegmentMemberships#replace replace}
 * them over the version loaded. A batch job runs it with the unrestricted scope, for example nightly
 * after the balance summaries are refreshed. Thread-safe if the port is.
 */
public final class SegmentRefresh {

  private final SegmentMemberships memberships;

  /**
   * A refresh over a membership store.
   *
   * @param memberships where memberships are stored
   */
  public SegmentRefresh(SegmentMemberships memberships) {
    this.memberships = requireNonNull(memberships, "memberships");
  }

  /**
   * Re-evaluates and stores a segment.
   *
   * @param scope the caller's scope; must be unrestricted
   * @param definition the segment definition
   * @param evaluationDate the day evaluated for
   * @param subjects the whole population, each customer once, all for {@code evaluationDate}
   * @param actor who runs it, usually a system job
   * @param now when it runs
   * @return the evaluation with its enter / leave events, or {@code InvalidDefinition}, {@code
   *     ScopeTooNarrow} or {@code VersionConflict} (another run stored a membership in between; nothing
   *     is stored, run again)
   */
  public Either<SegmentError, SegmentEvaluation> refresh(
      AccessScope scope,
      SegmentDefinition definition,
      LocalDate evaluationDate,
      Iterable<SegmentSubject> subjects,
      Actor actor,
      Instant now) {
    requireNonNull(scope, "scope");
    requireNonNull(definition, "definition");
    var valid = definition.validate();
    if (valid.isInvalid()) {
      return Either.left(new SegmentError.InvalidDefinition(valid.getError().asJava()));
    }
    if (!scope.isUnrestricted()) {
      return Either.left(new SegmentError.ScopeTooNarrow(definition.id()));
    }
    SegmentMembership previous = memberships.find(scope, definition.id()).orElse(null);
    Set<CustomerId> before =
        previous == null ? Set.of() : previous.members();
    SegmentEvaluation evaluation =
        SegmentEvaluation.evaluate(definition, evaluationDate, subjects, before, actor, now);
    return memberships
        .replace(scope, SegmentMembership.after(evaluation, previous))
        .map(stored -> evaluation);
  }
}
