package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * The data of a business licence [营业执照]. The legal representative is a natural person, so
 * {@link #toString()} masks the name.
 *
 * @param registrationDate date of establishment [成立日期]
 * @param registeredCapital registered capital and its currency [注册资本], not negative
 * @param legalRepresentative name of the legal representative [法定代表人]
 * @param businessScope business scope [经营范围], up to 2000 characters
 * @param validFrom first day of the business term
 * @param validUntil last day of the business term, or {@code null} for an unlimited term [长期]
 */
public record BusinessLicence(
    LocalDate registrationDate,
    Money registeredCapital,
    String legalRepresentative,
    String businessScope,
    LocalDate validFrom,
    @Nullable LocalDate validUntil) {

  public BusinessLicence {
    requireNonNull(registrationDate, "registrationDate");
    requireNonNull(registeredCapital, "registeredCapital");
    requireNonNull(legalRepresentative, "legalRepresentative");
    requireNonNull(businessScope, "businessScope");
    requireNonNull(validFrom, "validFrom");
    if (registeredCapital.isNegative()) {
      throw new IllegalArgumentException("registered capital cannot be negative");
    }
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("business term ends before it starts");
    }
  }

  /** Whether the business term covers the given day. */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
  }

  @Override
  public String toString() {
    return "BusinessLicence[registered="
        + registrationDate
        + ", capital="
        + registeredCapital
        + ", legalRepresentative="
        + Mask.name(legalRepresentative)
        + "]";
  }
}
