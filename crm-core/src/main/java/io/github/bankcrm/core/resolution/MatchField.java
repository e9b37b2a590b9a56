package io.github.bankcrm.core.resolution;

import java.util.Set;

/**
 * A fact two customer records are compared on. Each field names the comparators that make sense for it;
 * a {@link MatchModel} that pairs a field with another comparator is refused.
 */
public enum MatchField {
  /** The 18-digit resident identity number; two different valid numbers are a conflict. */
  RESIDENT_ID(true, FieldComparator.EXACT),
  /** Any other identity document (type, issuing country, number). */
  IDENTITY_DOCUMENT(false, FieldComparator.EXACT),
  /** Every spelling of a person's name. */
  NAME(false, FieldComparator.EXACT, FieldComparator.JARO_WINKLER, FieldComparator.TOKEN_SET),
  /** A person's birth date. */
  BIRTH_DATE(false, FieldComparator.EXACT, FieldComparator.DATE),
  /** A person's gender. */
  GENDER(false, FieldComparator.EXACT),
  /** The mobile number. */
  MOBILE(false, FieldComparator.EXACT),
  /** The e-mail address. */
  EMAIL(false, FieldComparator.EXACT, FieldComparator.JARO_WINKLER),
  /** Every postal address. */
  ADDRESS(false, FieldComparator.EXACT, FieldComparator.TOKEN_SET, FieldComparator.JARO_WINKLER),
  /** A company's Unified Social Credit Code; two different codes are a conflict. */
  CREDIT_CODE(true, FieldComparator.EXACT),
  /** A company's registered name. */
  REGISTERED_NAME(false, FieldComparator.EXACT, FieldComparator.JARO_WINKLER, FieldComparator.TOKEN_SET);

  private final boolean identifying;
  private final Set<FieldComparator> comparators;

  MatchField(boolean identifying, FieldComparator... comparators) {
    this.identifying = identifying;
    this.comparators = Set.of(comparators);
  }

  /**
   * Whether the field identifies its holder by law: two records that disagree on it cannot be merged
   * automatically, whatever else they share.
   *
   * @return whether a disagreement is a conflict
   */
  public boolean identifying() {
    return identifying;
  }

  /**
   * The comparators that may be used on this field.
   *
   * @return the allowed comparators
   */
  public Set<FieldComparator> comparators() {
    return comparators;
  }
}
