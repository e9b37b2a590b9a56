/**
 * Identity resolution [归户]: finding customers recorded more than once and explaining why.
 *
 * <ul>
 *   <li>{@link io.github.bankcrm.core.resolution.IdentityNormalization} turns names, phones, e-mails,
 *       addresses and identity numbers into comparable keys ({@link
 *       io.github.bankcrm.core.resolution.NormalizedIdentity}); traditional / simplified Chinese
 *       characters are folded by a pluggable {@link io.github.bankcrm.core.resolution.ScriptFolding};
 *   <li>{@link io.github.bankcrm.core.resolution.CandidateSearch} groups customers into blocks by
 *       {@link io.github.bankcrm.core.resolution.BlockingKey}s, so that only customers sharing a key are
 *       compared, never all pairs;
 *   <li>a {@link io.github.bankcrm.core.resolution.MatchModel} (data: weights, comparators, thresholds)
 *       compares a candidate pair field by field into a {@link
 *       io.github.bankcrm.core.resolution.MatchResult} with its explanation and decision;
 *   <li>{@link io.github.bankcrm.core.resolution.DuplicateScan} runs the three steps over a population
 *       with progress reporting;
 *   <li>pairs that need a person go to the {@link io.github.bankcrm.core.resolution.MatchReviews} queue,
 *       where an actor decides each {@link io.github.bankcrm.core.resolution.MatchReview};
 *   <li>{@link io.github.bankcrm.core.resolution.CustomerMerge} merges two records of one person by
 *       {@link io.github.bankcrm.core.resolution.Survivorship} rules into a {@link
 *       io.github.bankcrm.core.resolution.MergeRecord} that keeps both before-images and undoes exactly;
 *   <li>{@link io.github.bankcrm.core.resolution.MergeExecution} runs a whole merge, and its undo, through
 *       the ports, moving what the absorbed record owns to the survivor, and keeps the record in the
 *       {@link io.github.bankcrm.core.resolution.MergeRecords} port.
 * </ul>
 */
@CrmStyle
package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.shared.CrmStyle;
