package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An industry in the GB/T 4754 classification [国民经济行业分类]: a section letter (A–T) optionally
 * followed by the two-digit division, three-digit group or four-digit class, e.g. {@code C} (manufacturing),
 * {@code C35}, {@code C351}, {@code C3511}.
 *
 * @param code the classification code
 * @param name the name of the industry, 1 to 100 characters
 */
public record IndustryClassification(String code, String name) {

  private static final Pattern CODE = Pattern.compile("[A-T]([0-9]{2}([0-9]{1,2})?)?");

  public IndustryClassification {
    FieldErrors errors = new FieldErrors();
    check(errors, code, name);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("invalid industry classification");
    }
  }

  /** Validates a typed code (case-insensitive) and name. */
  public static Validation<Seq<FieldError>, IndustryClassification> parse(String code, String name) {
    FieldErrors errors = new FieldErrors();
    String upper = TextInput.normalise(code);
    upper = upper == null ? null : upper.toUpperCase(Locale.ROOT);
    String text = errors.check("name", TextInput.required(name, 100));
    if (upper == null) {
      errors.add(FieldError.required("code"));
    } else {
      check(errors, upper, text);
    }
    String finalCode = upper;
    return errors.orElse(() -> new IndustryClassification(finalCode, text));
  }

  private static void check(FieldErrors errors, String code, String name) {
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add(FieldError.invalidFormat("code", "a GB/T 4754 code such as C3511"));
    }
    if (name == null || name.isBlank()) {
      errors.add(FieldError.required("name"));
    }
  }

  /** The section letter, e.g. {@code C} for manufacturing. */
  public char section() {
    return code.charAt(0);
  }
}
