package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.shared.Nullable;

/**
 * How a {@link MatchModel} weighs one field. Components are nullable so that a model read from JSON can
 * report every missing value through {@link MatchModel#validate()} instead of failing on the first.
 *
 * @param field the field compared
 * @param comparator how the values are compared; one of {@link MatchField#comparators()}
 * @param agreementThreshold the similarity from which the field agrees, above 0 and at most 1
 * @param agreeWeight what an agreement adds, times the similarity; greater than 0
 * @param disagreeWeight what a disagreement adds; 0 or negative
 */
public record FieldRule(
    @Nullable MatchField field,
    @Nullable FieldComparator comparator,
    @Nullable Double agreementThreshold,
    @Nullable Double agreeWeight,
    @Nullable Double disagreeWeight) {

  /**
   * Compares one field of two customers: the best similarity of any value of one with any value of the
   * other. The rule must be valid.
   *
   * @param one a customer
   * @param other another customer
   * @return the comparison
   */
  public FieldComparison compare(NormalizedIdentity one, NormalizedIdentity other) {
    return comparisonOf(similarity(one, other));
  }

  /**
   * The best similarity of any value of one customer with any value of the other.
   *
   * @param one a customer
   * @param other another customer
   * @return 0 to 1, or {@code NaN} if either lacks the field
   */
  double similarity(NormalizedIdentity one, NormalizedIdentity other) {
    java.util.List<String> ours = one.valuesOf(field);
    java.util.List<String> theirs = other.valuesOf(field);
    if (ours.isEmpty() || theirs.isEmpty()) {
      return Double.NaN;
    }
    double best = 0.0;
    for (int i = 0; i < ours.size(); i++) {
      for (int j = 0; j < theirs.size(); j++) {
        best = Math.max(best, comparator.similarity(ours.get(i), theirs.get(j)));
      }
    }
    return best;
  }

  /** Whether both customers have a value of the field. */
  boolean bothPresent(NormalizedIdentity one, NormalizedIdentity other) {
    return !one.valuesOf(field).isEmpty() && !other.valuesOf(field).isEmpty();
  }

  /** What a similarity adds to the score: see {@link FieldComparison#contribution()}. */
  double contribution(double similarity) {
    if (Double.isNaN(similarity)) {
      return 0.0;
    }
    return agrees(similarity) ? agreeWeight * similarity : disagreeWeight;
  }

  /** Whether a (non-missing) similarity counts as agreement. */
  boolean agrees(double similarity) {
    return similarity >= agreementThreshold;
  }

  private FieldComparison comparisonOf(double similarity) {
    if (Double.isNaN(similarity)) {
      return new FieldComparison(field, comparator, ComparisonOutcome.MISSING, 0.0, 0.0, 0.0);
    }
    return agrees(similarity)
        ? new FieldComparison(field, comparator, ComparisonOutcome.AGREE, similarity, agreeWeight, contribution(similarity))
        : new FieldComparison(field, comparator, ComparisonOutcome.DISAGREE, similarity, disagreeWeight, contribution(similarity));
  }
}
