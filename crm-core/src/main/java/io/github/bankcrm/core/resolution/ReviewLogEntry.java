package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;

/**
 * One decision in the log of a review: who decided what, when, producing which version. Holds no free
 * text, so it never carries personal data.
 *
 * @param version the version of the review the decision produced
 * @param decision what was decided
 * @param actor who decided
 * @param decidedAt when
 */
public record ReviewLogEntry(long version, ReviewDecision decision, Actor actor, Instant decidedAt) {

  public ReviewLogEntry {
    requireNonNull(decision, "decision");
    requireNonNull(actor, "actor");
    requireNonNull(decidedAt, "decidedAt");
  }
}
