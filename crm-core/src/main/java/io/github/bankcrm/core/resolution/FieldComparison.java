package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

/**
 * The explanation of one field of a {@link MatchResult}. Holds no compared value, only how they
 * compared, so it can be shown and logged freely.
 *
 * @param field the field
 * @param comparator how it was compared
 * @param outcome agree, disagree or missing
 * @param similarity the best similarity of any two values, 0 to 1 (0 when missing)
 * @param weight the weight applied: the agree weight, the disagree weight, or 0 when missing
 * @param contribution what the field added to the score: {@code weight × similarity} on agreement,
 *     {@code weight} on disagreement, 0 when missing
 */
public record FieldComparison(
    MatchField field,
    FieldComparator comparator,
    ComparisonOutcome outcome,
    double similarity,
    double weight,
    double contribution) {

  public FieldComparison {
    requireNonNull(field, "field");
    requireNonNull(comparator, "comparator");
    requireNonNull(outcome, "outcome");
  }

  /**
   * One line for people, such as {@code NAME agree 0.93 × 4.0 = +3.73}.
   *
   * @return the explanation of this field
   */
  public String explain() {
    return switch (outcome) {
      case MISSING -> field + " missing";
      case AGREE -> String.format(java.util.Locale.ROOT, "%s agree %.2f × %.1f = %+.2f", field, similarity, weight, contribution);
      case DISAGREE -> String.format(java.util.Locale.ROOT, "%s disagree (similarity %.2f) %+.2f", field, similarity, contribution);
    };
  }
}
