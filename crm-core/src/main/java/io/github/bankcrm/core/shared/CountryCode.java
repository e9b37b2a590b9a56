package io.github.bankcrm.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ISO 3166-1 country, kept as its alpha-3 code ({@code CHN}) as GB/T 2659 and passports (ICAO 9303)
 * write it. Parsing also accepts the alpha-2 code ({@code CN}), in either case.
 *
 * @param alpha3 the upper-case ISO 3166-1 alpha-3 code
 */
public record CountryCode(String alpha3) {

  private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
  private static final Map<String, String> ALPHA2_TO_ALPHA3 = alpha2ToAlpha3();

  /** China, the most common nationality and issuing country in this domain. */
  public static final CountryCode CHINA = new CountryCode("CHN");

  public CountryCode {
    if (alpha3 == null || !ALPHA3.contains(alpha3)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 country code");
    }
  }

  /** Parses an alpha-3 or alpha-2 code; an unknown code is a {@link FieldError}, never an exception. */
  public static Validation<FieldError, CountryCode> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (ALPHA3.contains(code)) {
      return Validation.valid(new CountryCode(code));
    }
    String fromAlpha2 = ALPHA2_TO_ALPHA3.get(code);
    return fromAlpha2 != null
        ? Validation.valid(new CountryCode(fromAlpha2))
        : Validation.invalid(
            new FieldError("country.unknown", "", "must be an ISO 3166-1 country code"));
  }

  /** The code of a known country; throws {@link IllegalArgumentException} for an unknown one. */
  @JsonCreator
  public static CountryCode of(String code) {
    return FieldError.valueOrThrow(parse(code));
  }

  @JsonValue
  @Override
  public String alpha3() {
    return alpha3;
  }

  @Override
  public String toString() {
    return alpha3;
  }

  private static Map<String, String> alpha2ToAlpha3() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      map.put(alpha2, new Locale("", alpha2).getISO3Country());
    }
    return Map.copyOf(map);
  }
}
