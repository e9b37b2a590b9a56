package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * A postal address with its use. Personal data: {@link #toString()} shows the type, the country and
 * the administrative division, never the street.
 *
 * @param type what the address is used for
 * @param country the country
 * @param divisionCode the six-digit GB/T 2260 administrative division [行政区划代码], or {@code null}
 * @param line the address line(s) below the division: street, building, room; 1 to 200 characters
 * @param postalCode the postcode (six digits in China), or {@code null}
 */
public record PostalAddress(
    AddressType type,
    CountryCode country,
    @Nullable String divisionCode,
    String line,
    @Nullable String postalCode) {

  private static final Pattern DIVISION = Pattern.compile("[1-8][0-9]{5}");
  private static final Pattern CHINA_POSTCODE = Pattern.compile("[0-9]{6}");
  private static final Pattern OTHER_POSTCODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z -]{1,11}");
  private static final int MAX_LINE = 200;

  public PostalAddress {
    requireNonNull(type, "type");
    requireNonNull(country, "country");
    requireNonNull(line, "line");
    FieldErrors errors = new FieldErrors();
    checkParts(errors, country, divisionCode, line, postalCode);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("address fields have an invalid form");
    }
  }

  /** Validates a typed address, reporting every bad field. */
  public static Validation<Seq<FieldError>, PostalAddress> parse(
      AddressType type,
      @Nullable String country,
      @Nullable String divisionCode,
      @Nullable String line,
      @Nullable String postalCode) {
    FieldErrors errors = new FieldErrors();
    if (type == null) {
      errors.add(FieldError.required("type"));
    }
    CountryCode parsedCountry = errors.check("country", CountryCode.parse(country));
    String division = errors.check("divisionCode", TextInput.optional(divisionCode, 6));
    String parsedLine = errors.check("line", TextInput.required(line, MAX_LINE));
    String postcode = errors.check("postalCode", TextInput.optional(postalCode, 12));
    checkParts(errors, parsedCountry, division, parsedLine, postcode);
    return errors.orElse(
        () -> new PostalAddress(type, parsedCountry, division, parsedLine, postcode));
  }

  private static void checkParts(
      FieldErrors errors,
      @Nullable CountryCode country,
      @Nullable String division,
      @Nullable String line,
      @Nullable String postalCode) {
    if (division != null && !DIVISION.matcher(division).matches()) {
      errors.add(FieldError.invalidFormat("divisionCode", "a six-digit GB/T 2260 division code"));
    }
    if (line != null && line.codePointCount(0, line.length()) > MAX_LINE) {
      errors.add(FieldError.tooLong("line", MAX_LINE));
    }
    if (postalCode != null && country != null) {
      Pattern form = CountryCode.CHINA.equals(country) ? CHINA_POSTCODE : OTHER_POSTCODE;
      if (!form.matcher(postalCode).matches()) {
        errors.add(FieldError.invalidFormat("postalCode", "a postcode of that country"));
      }
    }
  }

  @Override
  public String toString() {
    return type + " address in " + country + (divisionCode == null ? "" : " " + divisionCode);
  }
}
