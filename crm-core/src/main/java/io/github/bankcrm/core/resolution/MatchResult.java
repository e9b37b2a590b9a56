package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The comparison of two customers: score, recommended decision and the explanation, field by field.
 * Symmetric: comparing {@code b} with {@code a} gives the very same result as {@code a} with {@code b}.
 * Free of personal data.
 *
 * @param first the customer with the smaller number
 * @param second the other customer
 * @param score the sum of the field contributions
 * @param decision auto-merge, review or no match
 * @param conflicts identifying fields on which the two disagree ({@link MatchField#identifying()}): any
 *     conflict turns an auto-merge into a review
 * @param comparisons one explanation per field of the model, in the model's order
 * @param modelId the model used
 * @param modelVersion its version
 */
public record MatchResult(
    CustomerId first,
    CustomerId second,
    double score,
    MatchDecision decision,
    List<MatchField> conflicts,
    List<FieldComparison> comparisons,
    String modelId,
    long modelVersion) {

  public MatchResult {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    requireNonNull(decision, "decision");
    conflicts = List.copyOf(conflicts);
    comparisons = List.copyOf(comparisons);
    requireNonNull(modelId, "modelId");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("two different customers, smaller number first");
    }
  }

  /**
   * The explanation for people: decision, score, conflicts and one part per field.
   *
   * @return the explanation
   */
  public String explain() {
    return String.format(java.util.Locale.ROOT, "%s (score %.2f, model %s v%d)", decision, score, modelId, modelVersion)
        + (conflicts.isEmpty() ? "" : "; conflicting " + conflicts)
        + ": "
        + comparisons.stream().map(FieldComparison::explain).collect(Collectors.joining("; "));
  }
}
