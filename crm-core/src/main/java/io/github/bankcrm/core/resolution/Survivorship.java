package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.Customer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The survivorship rules of a merge: one {@link SurvivorshipRule} per {@link MergeField} (data) and how
 * much the source of a record is trusted (code: the library does not know the bank's source systems;
 * a typical ranking puts the core banking system above the credit system above online channels).
 */
public final class Survivorship {

  private final Map<MergeField, SurvivorshipRule> rules;
  private final ToIntFunction<Customer> trust;

  /**
   * Rules and a trust ranking.
   *
   * @param rules a rule for every field
   * @param trust the trust of a record's source, higher is more trusted
   */
  public Survivorship(Map<MergeField, SurvivorshipRule> rules, ToIntFunction<Customer> trust) {
    requireNonNull(rules, "rules");
    this.trust = requireNonNull(trust, "trust");
    for (MergeField field : MergeField.values()) {
      if (!rules.containsKey(field)) {
        throw new IllegalArgumentException("no survivorship rule for " + field);
      }
    }
    this.rules = Map.copyOf(new EnumMap<>(rules));
  }

  /**
   * The most recent non-empty value of every field; every source trusted alike.
   *
   * @return the default rules
   */
  public static Survivorship mostRecent() {
    Map<MergeField, SurvivorshipRule> rules = new EnumMap<>(MergeField.class);
    for (MergeField field : MergeField.values()) {
      rules.put(field, SurvivorshipRule.MOST_RECENT);
    }
    return new Survivorship(rules, customer -> 0);
  }

  /**
   * The rule of one field.
   *
   * @param field the field
   * @return its rule
   */
  public SurvivorshipRule ruleFor(MergeField field) {
    return rules.get(field);
  }

  /**
   * How much the source of a record is trusted.
   *
   * @param customer the record
   * @return its trust, higher is more trusted
   */
  public int trust(Customer customer) {
    return trust.applyAsInt(customer);
  }
}
