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
    java.util.List<String> ours = one.valuesOf(field);
    java.util.List<String> theirs = other.valuesOf(field);
    if (ours.isEmpty() || theirs.isEmpty()) {
      return new FieldComparison(field, comparator, ComparisonOutcome.MISSING, 0.0, 0.0, 0.0);
    }
    double best = 0.0;
    for (String a : ours) {
      for (String b : theirs) {
        best = Math.max(best, comparator.similarity(a, b));
      }
    }
    return best >= agreementThreshold
        ? new FieldComparison(field, comparator, ComparisonOutcome.AGREE, best, agreeWeight, agreeWeight * best)
        : new FieldComparison(field, comparator, ComparisonOutcome.DISAGREE, best, disagreeWeight, disagreeWeight);
  }
}
