package io.github.bankcrm.core.identity;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Mask;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * What identifies an identity document regardless of its validity dates: type, normalised number and
 * issuing country. Two customers holding the same key are the same person; the key is what customers are
 * looked up by and kept unique on.
 *
 * @param type the kind of document
 * @param number the normalised document number
 * @param issuingCountry the country that issued the document
 */
public record IdentityDocumentKey(IdentityDocumentType type, String number, CountryCode issuingCountry) {

  /**
   * Normalises the number as {@link IdentityDocument} does, so that a key built from raw input finds the
   * stored document.
   *
   * @throws IllegalArgumentException if the number is malformed for its type; the message does not
   *     repeat it
   */
  public IdentityDocumentKey {
    requireNonNull(type, "type");
    requireNonNull(issuingCountry, "issuingCountry");
    number = IdentityDocument.normalisedNumber(type, number)
        .toEither()
        .getOrElseThrow(error -> new IllegalArgumentException("document number " + error.message()));
  }

  /**
   * Parses a key from search input, with the same rules and error paths as
   * {@link IdentityDocument#parse(IdentityDocumentType, String, String, java.time.LocalDate,
   * java.time.LocalDate)}.
   *
   * @param type the kind of document
   * @param number the number as typed or read
   * @param issuingCountry an ISO 3166-1 alpha-3 or alpha-2 code
   * @return the key, or every reason it was refused
   */
  public static Validation<Seq<FieldError>, IdentityDocumentKey> parse(
      IdentityDocumentType type, String number, String issuingCountry) {
    return IdentityDocument.parse(type, number, issuingCountry, null, null).map(IdentityDocument::key);
  }

  /**
   * The key with its number masked, safe for logs.
   *
   * @return all components, the number masked
   */
  @Override
  public String toString() {
    return "IdentityDocumentKey[type=" + type
        + ", number=" + Mask.idNumber(number)
        + ", issuingCountry=" + issuingCountry + "]";
  }
}
