package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The normalised keys of one customer, as {@link IdentityNormalization} computes them: for each
 * {@link MatchField} the distinct non-empty values, sorted. Personal data: {@link #toString()} shows the
 * customer number and which fields are present, never a value.
 *
 * @param customerId the customer
 * @param kind individual or corporate
 * @param values the normalised values per field; a field without values is absent
 */
public record NormalizedIdentity(
    CustomerId customerId, CustomerKind kind, Map<MatchField, List<String>> values) {

  public NormalizedIdentity {
    requireNonNull(customerId, "customerId");
    requireNonNull(kind, "kind");
    EnumMap<MatchField, List<String>> copy = new EnumMap<>(MatchField.class);
    requireNonNull(values, "values")
        .forEach(
            (field, list) -> {
              if (!list.isEmpty()) {
                copy.put(field, List.copyOf(list));
              }
            });
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The values of one field.
   *
   * @param field the field
   * @return its values, empty if the customer has none
   */
  public List<String> valuesOf(MatchField field) {
    return values.getOrDefault(field, List.of());
  }

  @Override
  public String toString() {
    return "NormalizedIdentity[customerId=" + customerId + ", kind=" + kind + ", fields=" + values.keySet() + "]";
  }
}
