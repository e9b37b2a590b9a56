package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * An identity document as typed into an entry form, before validation.
 *
 * @param type the document type
 * @param number the number as typed
 * @param issuingCountry ISO 3166-1 alpha-2 or alpha-3 code of the issuing country
 * @param validFrom first day of validity, or {@code null}
 * @param validUntil last day of validity, or {@code null} for a long-term document [长期]
 */
public record IdentityDocumentForm(
    @Nullable IdentityDocumentType type,
    @Nullable String number,
    @Nullable String issuingCountry,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil) {

  /** The form of a resident identity card, issued in China, long-term. */
  public static IdentityDocumentForm residentIdCard(String number) {
    return new IdentityDocumentForm(IdentityDocumentType.RESIDENT_ID_CARD, number, "CHN", null, null);
  }

  /** The form an existing document fills in, for an edit screen. */
  public static IdentityDocumentForm of(IdentityDocument document) {
    return new IdentityDocumentForm(
        document.type(),
        document.number(),
        document.issuingCountry().alpha3(),
        document.validFrom(),
        document.validUntil());
  }

  @Override
  public String toString() {
    return "IdentityDocumentForm[type=" + type + ", number=" + Mask.idNumber(number) + "]";
  }
}
