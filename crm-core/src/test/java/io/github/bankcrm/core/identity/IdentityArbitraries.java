package io.github.bankcrm.core.identity;

import io.github.bankcrm.core.shared.CountryCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid identity numbers and documents, for this package's properties and for any
 * other package that needs realistic identities. The check characters come from
 * {@link ResidentIdNumber#checkCharacter(CharSequence)} and
 * {@link UnifiedSocialCreditCode#checkCharacter(CharSequence)}, whose arithmetic the check-character
 * tests pin to published sample numbers.
 */
public final class IdentityArbitraries {

  /** The GB 32100 alphabet: digits and upper-case letters without I, O, S, V and Z. */
  public static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private IdentityArbitraries() {}

  /** Valid 18-character resident identity numbers born 1900-2020, with an upper-case {@code X}. */
  public static Arbitrary<String> validResidentIdNumbers() {
    return Combinators.combine(digits(6), birthDates(1900, 2020), digits(3))
        .as((region, birthDate, sequence) ->
            withResidentIdCheck(region + YYYYMMDD.format(birthDate) + sequence));
  }

  /** Valid first-generation 15-digit resident identity numbers, born 1900-1999. */
  public static Arbitrary<String> validOldResidentIdNumbers() {
    return Combinators.combine(digits(6), birthDates(1900, 1999), digits(3))
        .as((region, birthDate, sequence) -> region + YYMMDD.format(birthDate) + sequence);
  }

  /** Valid Unified Social Credit Codes: a six-digit region and the right check character. */
  public static Arbitrary<String> validUnifiedSocialCreditCodes() {
    return Combinators.combine(creditCodeCharacters(2), digits(6), creditCodeCharacters(9))
        .as((authorityAndType, region, organization) ->
            withCreditCodeCheck(authorityAndType + region + organization));
  }

  /** Valid passport numbers: 5 to 20 upper-case letters and digits. */
  public static Arbitrary<String> validPassportNumbers() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .ofMinLength(5)
        .ofMaxLength(20);
  }

  /**
   * Valid identity documents of every type: resident identity cards issued by China, other documents
   * issued anywhere, with or without validity dates.
   */
  public static Arbitrary<IdentityDocument> validIdentityDocuments() {
    Arbitrary<IdentityDocument> residentIdCards =
        Combinators.combine(validResidentIdNumbers(), validityPeriods())
            .as((number, period) -> IdentityDocument.residentIdCard(
                ResidentIdNumber.of(number), period.from(), period.until()));
    Arbitrary<IdentityDocument> passports =
        Combinators.combine(validPassportNumbers(), countries(), validityPeriods())
            .as((number, country, period) ->
                IdentityDocument.passport(number, country, period.from(), period.until()));
    Arbitrary<IdentityDocument> others =
        Combinators.combine(otherDocumentTypes(), otherDocumentNumbers(), countries(), validityPeriods())
            .as((type, number, country, period) ->
                new IdentityDocument(type, number, country, period.from(), period.until()));
    return Arbitraries.oneOf(residentIdCards, passports, others);
  }

  /** The 18-character number with the MOD 11-2 check character appended to its first 17 digits. */
  public static String withResidentIdCheck(String first17Digits) {
    return first17Digits + ResidentIdNumber.checkCharacter(first17Digits);
  }

  /** The 18-character code with the MOD 31 check character appended to its first 17 characters. */
  public static String withCreditCodeCheck(String first17Characters) {
    return first17Characters + UnifiedSocialCreditCode.checkCharacter(first17Characters);
  }

  private static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().numeric().ofLength(length);
  }

  private static Arbitrary<String> creditCodeCharacters(int length) {
    return Arbitraries.strings().withChars(CREDIT_CODE_ALPHABET.toCharArray()).ofLength(length);
  }

  private static Arbitrary<LocalDate> birthDates(int fromYear, int toYear) {
    return Arbitraries.longs()
        .between(LocalDate.of(fromYear, 1, 1).toEpochDay(), LocalDate.of(toYear, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<CountryCode> countries() {
    return Arbitraries.of("CHN", "USA", "GBR", "DEU", "JPN", "KOR", "SGP", "CAN", "AUS", "FRA")
        .map(CountryCode::of);
  }

  private static Arbitrary<IdentityDocumentType> otherDocumentTypes() {
    return Arbitraries.of(IdentityDocumentType.class)
        .filter(type -> type != IdentityDocumentType.RESIDENT_ID_CARD
            && type != IdentityDocumentType.PASSPORT);
  }

  private static Arbitrary<String> otherDocumentNumbers() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars('-')
        .ofMinLength(1)
        .ofMaxLength(32);
  }

  /** Either bound may be missing; the period is never reversed. */
  private static Arbitrary<Period> validityPeriods() {
    Arbitrary<LocalDate> from = Arbitraries.longs()
        .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<Integer> years = Arbitraries.of(5, 10, 20).injectNull(0.3);
    Arbitrary<Boolean> fromKnown = Arbitraries.of(true, true, true, false);
    return Combinators.combine(from, years, fromKnown).as((validFrom, validYears, known) -> new Period(
        known ? validFrom : null,
        validYears == null ? null : validFrom.plusYears(validYears).minusDays(1)));
  }

  private record Period(LocalDate from, LocalDate until) {}
}
