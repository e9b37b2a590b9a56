package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ultimate beneficial owners [最终受益所有人] of a company on a day, as {@link
 * RelationshipAnalysis#ultimateBeneficialOwners} derives them from the recorded shareholdings.
 *
 * <p>Only natural persons are beneficial owners. A chain can also end at a company whose own owners
 * the bank has not recorded (a foreign holding, a listed company, a state shareholder): whoever stands
 * behind it is unknown, so such a company is not an owner but reported apart in {@code
 * untracedCompanies}, under the same threshold, for a person to follow up. A company below the
 * threshold cannot hide an owner above it.
 *
 * @param company the company asked about
 * @param asOf the day
 * @param threshold the effective share an owner must exceed, in percent
 * @param owners the individuals whose effective share exceeds the threshold, largest share first (then
 *     by customer number)
 * @param untracedCompanies the companies at the top of chains, without recorded owners, whose effective
 *     share exceeds the threshold, in the same order
 */
public record BeneficialOwnership(
    CustomerId company,
    LocalDate asOf,
    BigDecimal threshold,
    List<BeneficialOwner> owners,
    List<BeneficialOwner> untracedCompanies) {

  public BeneficialOwnership {
    requireNonNull(company, "company");
    requireNonNull(asOf, "asOf");
    requireNonNull(threshold, "threshold");
    owners = List.copyOf(requireNonNull(owners, "owners"));
    untracedCompanies = List.copyOf(requireNonNull(untracedCompanies, "untracedCompanies"));
  }

  private static final Comparator<BeneficialOwner> LARGEST_FIRST =
      Comparator.comparing(BeneficialOwner::percentage)
          .reversed()
          .thenComparing(BeneficialOwner::customerId);

  /**
   * The ownership with owners and untraced companies in the documented order: largest share first,
   * then by customer number.
   *
   * @param company the company asked about
   * @param asOf the day
   * @param threshold the effective share an owner must exceed, in percent
   * @param owners the individuals above the threshold, in any order
   * @param untracedCompanies the untraced companies above the threshold, in any order
   * @return the ownership
   */
  public static BeneficialOwnership ranked(
      CustomerId company,
      LocalDate asOf,
      BigDecimal threshold,
      List<BeneficialOwner> owners,
      List<BeneficialOwner> untracedCompanies) {
    List<BeneficialOwner> sortedOwners = new ArrayList<>(owners);
    sortedOwners.sort(LARGEST_FIRST);
    List<BeneficialOwner> sortedUntraced = new ArrayList<>(untracedCompanies);
    sortedUntraced.sort(LARGEST_FIRST);
    return new BeneficialOwnership(company, asOf, threshold, sortedOwners, sortedUntraced);
  }
}
