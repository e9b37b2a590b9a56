package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;

/**
 * The ground truth of a planted duplicate: this record describes the same person as an earlier one.
 *
 * @param duplicate the duplicate record
 * @param original the record it duplicates
 * @param kind how it differs from the original
 */
public record PlantedDuplicate(CustomerId duplicate, CustomerId original, Kind kind) {

  /**
   * @throws NullPointerException if a part is missing
   */
  public PlantedDuplicate {
    requireNonNull(duplicate, "duplicate");
    requireNonNull(original, "original");
    requireNonNull(kind, "kind");
  }

  /** How a duplicate differs from its original, as it happens at bank counters. */
  public enum Kind {
    /** One character of the name mistyped, registered on a passport, same mobile. */
    NAME_TYPO,
    /**
     * The first-generation 15-digit resident identity number, same person otherwise. A store that
     * normalises numbers (every {@code Customers} adapter does) refuses it as a duplicate identity.
     */
    OLD_ID_NUMBER,
    /** Same name and birth date, registered on a passport, with a new mobile. */
    CHANGED_PHONE
  }
}
