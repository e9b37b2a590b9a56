package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How two customers are compared, as data: one {@link FieldRule} per field (comparator, agreement
 * threshold, weights) and the two decision thresholds. A bank tunes weights and thresholds without a
 * release; every {@link MatchResult} names the model and version it came from.
 *
 * <p>The score of a pair is the sum of the field contributions. A score of at least {@code
 * autoMergeThreshold} is an {@link MatchDecision#AUTO_MERGE}, unless an identifying field conflicts
 * (two different valid resident identity numbers or credit codes), which makes it a {@link
 * MatchDecision#REVIEW}; a score of at least {@code reviewThreshold} is a review; anything lower is
 * {@link MatchDecision#NO_MATCH}.
 *
 * <p>In JSON (jackson-annotations only; unknown properties are refused):
 *
 * <pre>{@code
 * {"id": "standard", "version": 1, "autoMergeThreshold": 12.0, "reviewThreshold": 6.0,
 *  "fields": [
 *    {"field": "RESIDENT_ID", "comparator": "EXACT", "agreementThreshold": 1.0,
 *     "agreeWeight": 10.0, "disagreeWeight": -10.0},
 *    {"field": "NAME", "comparator": "JARO_WINKLER", "agreementThreshold": 0.88,
 *     "agreeWeight": 4.0, "disagreeWeight": -3.0}]}
 * }</pre>
 *
 * <p><b>Loading.</b> {@link #validate()} reports <em>every</em> problem with its path ({@code
 * fields[2].agreeWeight}): missing values, an empty or repeated field, a comparator the field does not
 * allow, a threshold outside {@code (0, 1]}, an agree weight not above 0, a disagree weight above 0, a
 * non-finite number, a review threshold above the auto-merge threshold. Compare only with a model that
 * passed.
 *
 * @param id the model's name, 1 to 64 characters
 * @param version the model's version, from 1
 * @param autoMergeThreshold the score from which a pair is merged without review
 * @param reviewThreshold the score from which a pair goes to review
 * @param fields the fields compared, each once
 */
public record MatchModel(
    @Nullable String id,
    long version,
    @Nullable Double autoMergeThreshold,
    @Nullable Double reviewThreshold,
    @Nullable List<FieldRule> fields) {

  public MatchModel {
    fields = fields == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(fields));
  }

  /**
   * The model the library ships: weights tuned on the generated population of the benchmarks module
   * (docs/BENCHMARKS.md), in Fellegi-Sunter spirit: identifiers weigh most, a disagreement on an
   * identifier weighs as much against, names and dates are compared with typo tolerance.
   *
   * @return the standard model, version 1
   */
  public static MatchModel standard() {
    return new MatchModel(
        "standard",
        1,
        12.0,
        6.0,
        List.of(
            rule(MatchField.RESIDENT_ID, FieldComparator.EXACT, 1.0, 10.0, -10.0),
            rule(MatchField.IDENTITY_DOCUMENT, FieldComparator.EXACT, 1.0, 8.0, 0.0),
            rule(MatchField.NAME, FieldComparator.JARO_WINKLER, 0.88, 4.0, -3.0),
            rule(MatchField.BIRTH_DATE, FieldComparator.DATE, 0.9, 3.0, -4.0),
            rule(MatchField.GENDER, FieldComparator.EXACT, 1.0, 0.5, -3.0),
            rule(MatchField.MOBILE, FieldComparator.EXACT, 1.0, 4.0, -1.0),
            rule(MatchField.EMAIL, FieldComparator.EXACT, 1.0, 3.0, -0.5),
            rule(MatchField.ADDRESS, FieldComparator.TOKEN_SET, 0.7, 2.0, -0.5),
            rule(MatchField.CREDIT_CODE, FieldComparator.EXACT, 1.0, 10.0, -10.0),
            rule(MatchField.REGISTERED_NAME, FieldComparator.JARO_WINKLER, 0.9, 4.0, -3.0)));
  }

  private static FieldRule rule(
      MatchField field, FieldComparator comparator, double threshold, double agree, double disagree) {
    return new FieldRule(field, comparator, threshold, agree, disagree);
  }

  /**
   * Checks the whole model.
   *
   * @return this model, or every problem found, each with its path
   */
  public Validation<Seq<FieldError>, MatchModel> validate() {
    FieldErrors errors = new FieldErrors();
    errors.check("id", TextInput.required(id, 64));
    if (version < 1) {
      errors.add(FieldError.outOfRange("version", "at least 1"));
    }
    checkNumber(errors, "autoMergeThreshold", autoMergeThreshold);
    checkNumber(errors, "reviewThreshold", reviewThreshold);
    if (isFinite(autoMergeThreshold) && isFinite(reviewThreshold) && reviewThreshold > autoMergeThreshold) {
      errors.add(
          new FieldError(
              "match_model.thresholds", "reviewThreshold", "must not be above the auto-merge threshold"));
    }
    if (fields == null || fields.isEmpty()) {
      errors.add(FieldError.required("fields"));
    } else {
      Set<MatchField> seen = EnumSet.noneOf(MatchField.class);
      for (int i = 0; i < fields.size(); i++) {
        checkRule(errors, "fields[" + i + "]", fields.get(i), seen);
      }
    }
    return errors.orElse(() -> this);
  }

  private static void checkRule(FieldErrors errors, String path, @Nullable FieldRule rule, Set<MatchField> seen) {
    if (rule == null) {
      errors.add(FieldError.required(path));
      return;
    }
    if (rule.field() == null) {
      errors.add(FieldError.required(path + ".field"));
    } else if (!seen.add(rule.field())) {
      errors.add(new FieldError("match_model.repeated_field", path + ".field", "appears more than once"));
    }
    if (rule.comparator() == null) {
      errors.add(FieldError.required(path + ".comparator"));
    } else if (rule.field() != null && !rule.field().comparators().contains(rule.comparator())) {
      errors.add(
          new FieldError(
              "match_model.comparator", path + ".comparator", "must be one of " + new java.util.TreeSet<>(rule.field().comparators())));
    }
    if (checkNumber(errors, path + ".agreementThreshold", rule.agreementThreshold())
        && (rule.agreementThreshold() <= 0.0 || rule.agreementThreshold() > 1.0)) {
      errors.add(FieldError.outOfRange(path + ".agreementThreshold", "above 0 and at most 1"));
    }
    if (checkNumber(errors, path + ".agreeWeight", rule.agreeWeight()) && rule.agreeWeight() <= 0.0) {
      errors.add(FieldError.outOfRange(path + ".agreeWeight", "above 0"));
    }
    if (checkNumber(errors, path + ".disagreeWeight", rule.disagreeWeight()) && rule.disagreeWeight() > 0.0) {
      errors.add(FieldError.outOfRange(path + ".disagreeWeight", "0 or negative"));
    }
  }

  /** Records an error for a missing or non-finite number; whether the number is usable. */
  private static boolean checkNumber(FieldErrors errors, String path, @Nullable Double value) {
    if (value == null) {
      errors.add(FieldError.required(path));
      return false;
    }
    if (!isFinite(value)) {
      errors.add(FieldError.outOfRange(path, "a finite number"));
      return false;
    }
    return true;
  }

  private static boolean isFinite(@Nullable Double value) {
    return value != null && Double.isFinite(value);
  }

  /**
   * Compares two customers; the model must be valid. Symmetric: the pair is put in customer-number
   * order first, and every comparator is symmetric.
   *
   * @param one a customer
   * @param other another customer, with another number
   * @return the result with its explanation
   */
  public MatchResult compare(NormalizedIdentity one, NormalizedIdentity other) {
    boolean ordered = one.customerId().compareTo(other.customerId()) < 0;
    NormalizedIdentity first = ordered ? one : other;
    NormalizedIdentity second = ordered ? other : one;
    List<FieldComparison> comparisons = new ArrayList<>(fields.size());
    List<MatchField> conflicts = new ArrayList<>(1);
    double score = 0.0;
    for (FieldRule rule : fields) {
      FieldComparison comparison = rule.compare(first, second);
      comparisons.add(comparison);
      score += comparison.contribution();
      if (comparison.outcome() == ComparisonOutcome.DISAGREE && rule.field().identifying()) {
        conflicts.add(rule.field());
      }
    }
    return new MatchResult(
        first.customerId(), second.customerId(), score, decision(score, !conflicts.isEmpty()), conflicts, comparisons, id, version);
  }

  /**
   * The decision alone, without building the explanation: the same arithmetic as {@link
   * #compare(NormalizedIdentity, NormalizedIdentity)}, for exhaustive comparisons of large populations.
   *
   * @param one a customer
   * @param other another customer
   * @return the decision {@code compare(one, other)} would give
   */
  public MatchDecision decide(NormalizedIdentity one, NormalizedIdentity other) {
    boolean ordered = one.customerId().compareTo(other.customerId()) < 0;
    NormalizedIdentity first = ordered ? one : other;
    NormalizedIdentity second = ordered ? other : one;
    // branch and bound: once even agreement on every field still to come cannot lift the score to the
    // review threshold, the decision is NO_MATCH whatever those fields say; the expensive comparators
    // (names, addresses) of clearly different customers are never run
    double reachable = 0.0;
    for (FieldRule rule : fields) {
      if (rule.bothPresent(first, second)) {
        reachable += rule.agreeWeight();
      }
    }
    double score = 0.0;
    boolean conflict = false;
    for (FieldRule rule : fields) {
      if (score + reachable < reviewThreshold) {
        return MatchDecision.NO_MATCH;
      }
      double similarity = rule.similarity(first, second);
      if (!Double.isNaN(similarity)) {
        reachable -= rule.agreeWeight();
        score += rule.contribution(similarity);
        conflict |= rule.field().identifying() && !rule.agrees(similarity);
      }
    }
    return decision(score, conflict);
  }

  private MatchDecision decision(double score, boolean conflict) {
    if (score >= autoMergeThreshold) {
      return conflict ? MatchDecision.REVIEW : MatchDecision.AUTO_MERGE;
    }
    return score >= reviewThreshold ? MatchDecision.REVIEW : MatchDecision.NO_MATCH;
  }

  /**
   * Compares a candidate pair.
   *
   * @param pair the pair
   * @return the result
   */
  public MatchResult compare(CandidatePair pair) {
    return compare(pair.first(), pair.second());
  }
}
