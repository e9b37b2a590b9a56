package io.github.bankcrm.core.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Mask;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address: a local part of common characters, {@code @}, and a domain of at least two
 * labels. The domain is lower-cased. Personal data: {@link #toString()} shows the first character
 * and the domain.
 *
 * @param value the address
 */
public record EmailAddress(String value) {

  private static final Pattern FORM =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
              + "(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");
  private static final int MAX_LENGTH = 254;

  public EmailAddress {
    FieldError.valueOrThrow(validate(value));
  }

  /** Parses a typed address; the domain is lower-cased. */
  public static Validation<FieldError, EmailAddress> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String stripped = text.strip();
    int at = stripped.lastIndexOf('@');
    String normalised =
        at < 0
            ? stripped
            : stripped.substring(0, at) + stripped.substring(at).toLowerCase(Locale.ROOT);
    return validate(normalised).map(EmailAddress::new);
  }

  /** The address; throws {@link IllegalArgumentException} if malformed. */
  @JsonCreator
  public static EmailAddress of(String value) {
    return FieldError.valueOrThrow(parse(value));
  }

  private static Validation<FieldError, String> validate(String value) {
    if (value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches()) {
      return Validation.valid(value);
    }
    return Validation.invalid(FieldError.invalidFormat("", "an e-mail address"));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return Mask.email(value);
  }
}
