package io.github.bankcrm.core.identity;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Mask;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An identity document [证件] of a customer: its type, its number in normalised form, the issuing country
 * and its validity period.
 *
 * <p>Numbers are normalised so that the same document always has the same number: a resident identity
 * card number is checked per GB 11643 and kept in its 18-digit form (a 15-digit number is upgraded); a
 * passport number is 5 to 20 letters and digits; other documents have 1 to 32 letters, digits and
 * hyphens. Surrounding whitespace is stripped and ASCII letters are upper-cased. A resident identity card
 * is always issued by China ({@code CHN}).
 *
 * <p>The validity dates are optional: a missing {@code validFrom} is unknown, a missing {@code validUntil}
 * means long-term [长期]. They are plain nullable components rather than {@code Optional}s so that the
 * record serialises with nothing but Jackson's Java time module.
 *
 * <p>The number is personal financial information: {@link #toString()} masks it.
 *
 * @param type the kind of document
 * @param number the normalised document number
 * @param issuingCountry the country that issued the document
 * @param validFrom the first day of validity, or {@code null} if unknown
 * @param validUntil the last day of validity, or {@code null} for a long-term [长期] document
 */
public record IdentityDocument(
    IdentityDocumentType type,
    String number,
    CountryCode issuingCountry,
    LocalDate validFrom,
    LocalDate validUntil) {

  private static final int PASSPORT_MIN_LENGTH = 5;
  private static final int PASSPORT_MAX_LENGTH = 20;
  private static final int OTHER_MAX_LENGTH = 32;

  /**
   * Checks the document and normalises its number exactly as {@link #parse} does; this is also the JSON
   * creator.
   *
   * @throws IllegalArgumentException listing the paths and codes of every error, never the number
   */
  @JsonCreator
  public IdentityDocument {
    Validation<FieldError, CountryCode> country = issuingCountry == null
        ? Validation.invalid(FieldError.required(""))
        : Validation.valid(issuingCountry);
    number = checkedNumber(type, number, country, validFrom, validUntil)
        .toEither()
        .getOrElseThrow(errors ->
            new IllegalArgumentException("invalid identity document: " + errors.mkString("; ")));
  }

  /**
   * Parses a document from its fields, accumulating every error. Errors are reported under the paths
   * {@code type}, {@code number}, {@code issuingCountry} and {@code validUntil}; the codes are those of
   * {@link ResidentIdNumber#parse(String)} and {@link CountryCode#parse(String)}, {@code required},
   * {@code identity_document.number_length}, {@code identity_document.number_characters},
   * {@code identity_document.issuing_country} (a resident identity card not issued by China) and
   * {@code identity_document.validity_period} ({@code validUntil} before {@code validFrom}).
   *
   * @param type the kind of document
   * @param number the number as typed or read
   * @param issuingCountry an ISO 3166-1 alpha-3 or alpha-2 code
   * @param validFrom the first day of validity, or {@code null} if unknown
   * @param validUntil the last day of validity, or {@code null} for a long-term document
   * @return the document with its normalised number, or every reason it was refused
   */
  public static Validation<Seq<FieldError>, IdentityDocument> parse(
      IdentityDocumentType type,
      String number,
      String issuingCountry,
      LocalDate validFrom,
      LocalDate validUntil) {
    Validation<FieldError, CountryCode> country = CountryCode.parse(issuingCountry);
    return checkedNumber(type, number, country, validFrom, validUntil)
        .map(normalised -> new IdentityDocument(type, normalised, country.get(), validFrom, validUntil));
  }

  /**
   * A resident identity card with unknown validity dates.
   *
   * @param number the card's number
   * @return the card, issued by China
   */
  public static IdentityDocument residentIdCard(ResidentIdNumber number) {
    return residentIdCard(number, null, null);
  }

  /**
   * A resident identity card with its validity period.
   *
   * @param number the card's number
   * @param validFrom the first day of validity, or {@code null} if unknown
   * @param validUntil the last day of validity, or {@code null} for a long-term card
   * @return the card, issued by China
   * @throws IllegalArgumentException if {@code validUntil} is before {@code validFrom}
   */
  public static IdentityDocument residentIdCard(
      ResidentIdNumber number, LocalDate validFrom, LocalDate validUntil) {
    requireNonNull(number, "number");
    return new IdentityDocument(
        IdentityDocumentType.RESIDENT_ID_CARD, number.value(), CountryCode.CHINA, validFrom, validUntil);
  }

  /**
   * A passport.
   *
   * @param number 5 to 20 letters and digits, in either case
   * @param issuingCountry the issuing country
   * @param validFrom the date of issue, or {@code null} if unknown
   * @param validUntil the date of expiry, or {@code null} if unknown
   * @return the passport
   * @throws IllegalArgumentException if the number is malformed or the period is reversed
   */
  public static IdentityDocument passport(
      String number, CountryCode issuingCountry, LocalDate validFrom, LocalDate validUntil) {
    return new IdentityDocument(
        IdentityDocumentType.PASSPORT, number, issuingCountry, validFrom, validUntil);
  }

  /**
   * Whether the document is valid on {@code date}: not before {@code validFrom} and not after
   * {@code validUntil}; a missing bound does not limit.
   *
   * @param date the day to check
   * @return {@code true} if the day lies within the validity period
   */
  public boolean isValidOn(LocalDate date) {
    requireNonNull(date, "date");
    return (validFrom == null || !date.isBefore(validFrom))
        && (validUntil == null || !date.isAfter(validUntil));
  }

  /**
   * Whether the document never expires [长期].
   *
   * @return {@code true} if there is no {@code validUntil}
   */
  @JsonIgnore
  public boolean isLongTerm() {
    return validUntil == null;
  }

  /**
   * The resident identity number, for a resident identity card.
   *
   * @return the number with its birth date and gender, or empty for any other type of document
   */
  public Optional<ResidentIdNumber> residentIdNumber() {
    return type == IdentityDocumentType.RESIDENT_ID_CARD
        ? Optional.of(ResidentIdNumber.of(number))
        : Optional.empty();
  }

  /**
   * What identifies the document regardless of its validity: for finding a customer and keeping
   * customers unique.
   *
   * @return type, number and issuing country
   */
  public IdentityDocumentKey key() {
    return new IdentityDocumentKey(type, number, issuingCountry);
  }

  /**
   * The document with its number masked, safe for logs.
   *
   * @return all components, the number masked
   */
  @Override
  public String toString() {
    return "IdentityDocument[type=" + type
        + ", number=" + Mask.idNumber(number)
        + ", issuingCountry=" + issuingCountry
        + ", validFrom=" + validFrom
        + ", validUntil=" + validUntil + "]";
  }

  /** The number of a document of {@code type} in normalised form, or why it is refused (path {@code ""}). */
  static Validation<FieldError, String> normalisedNumber(IdentityDocumentType type, String number) {
    requireNonNull(type, "type");
    if (number == null || number.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    return switch (type) {
      case RESIDENT_ID_CARD -> ResidentIdNumber.parse(number).map(ResidentIdNumber::value);
      case PASSPORT -> lettersAndDigits(number, PASSPORT_MIN_LENGTH, PASSPORT_MAX_LENGTH, false);
      default -> lettersAndDigits(number, 1, OTHER_MAX_LENGTH, true);
    };
  }

  private static Validation<Seq<FieldError>, String> checkedNumber(
      IdentityDocumentType type,
      String number,
      Validation<FieldError, CountryCode> issuingCountry,
      LocalDate validFrom,
      LocalDate validUntil) {
    Validation<FieldError, IdentityDocumentType> checkedType =
        type == null ? Validation.invalid(FieldError.required("type")) : Validation.valid(type);
    Validation<FieldError, String> checkedNumber = type == null
        ? (number == null || number.isBlank()
            ? Validation.invalid(FieldError.required("number"))
            : Validation.valid(number))
        : normalisedNumber(type, number).mapError(error -> error.under("number"));
    Validation<FieldError, CountryCode> checkedCountry = issuingCountry
        .mapError(error -> error.under("issuingCountry"))
        .flatMap(country -> issuedByChinaIfResidentIdCard(type, country));
    Validation<FieldError, LocalDate> checkedPeriod =
        validFrom != null && validUntil != null && validUntil.isBefore(validFrom)
            ? Validation.invalid(new FieldError(
                "identity_document.validity_period", "validUntil", "must not be before validFrom"))
            : Validation.valid(validUntil);
    return Validation.combine(checkedType, checkedNumber, checkedCountry, checkedPeriod)
        .ap((validType, validNumber, validCountry, validPeriodEnd) -> validNumber);
  }

  private static Validation<FieldError, CountryCode> issuedByChinaIfResidentIdCard(
      IdentityDocumentType type, CountryCode country) {
    return type == IdentityDocumentType.RESIDENT_ID_CARD && !country.equals(CountryCode.CHINA)
        ? Validation.invalid(new FieldError(
            "identity_document.issuing_country",
            "issuingCountry",
            "must be CHN for a resident identity card"))
        : Validation.valid(country);
  }

  private static Validation<FieldError, String> lettersAndDigits(
      String number, int minLength, int maxLength, boolean hyphens) {
    String stripped = number.strip();
    if (stripped.length() < minLength || stripped.length() > maxLength) {
      return Validation.invalid(new FieldError(
          "identity_document.number_length",
          "",
          "must have " + minLength + " to " + maxLength + " characters"));
    }
    StringBuilder normalised = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
      boolean allowed = (upper >= 'A' && upper <= 'Z')
          || (upper >= '0' && upper <= '9')
          || (hyphens && upper == '-');
      if (!allowed) {
        return Validation.invalid(new FieldError(
            "identity_document.number_characters",
            "",
            hyphens
                ? "must use only letters A-Z, digits 0-9 and hyphens"
                : "must use only letters A-Z and digits 0-9"));
      }
      normalised.append(upper);
    }
    return Validation.valid(normalised.toString());
  }
}
