/**
 * Scoring one customer: {@link io.github.bankcrm.scoring.score.ValueScorer} turns a snapshot into a
 * {@link io.github.bankcrm.scoring.score.ValueScore} (contribution, RFM, lifetime value, composite
 * score, tier, gold / VIP flags and an {@link io.github.bankcrm.scoring.score.Explanation}) or a typed
 * {@link io.github.bankcrm.scoring.score.ScoringError}.
 */
package io.github.bankcrm.scoring.score;
