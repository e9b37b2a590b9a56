package io.github.bankcrm.core.shared;

import static java.util.Objects.requireNonNull;

/**
 * One refused input value: a stable machine-readable {@code code}, the {@code path} of the field
 * (for example {@code profile.contact.mobile}) and a readable {@code message}.
 *
 * <p>The message never carries the refused value itself: inputs are personal data more often than not,
 * and error messages end up in logs and screens.
 *
 * @param code stable code such as {@code required} or {@code resident_id.check_character}
 * @param path dotted path of the field the error is about
 * @param message human-readable reason, free of personal data
 */
public record FieldError(String code, String path, String message) {

  public FieldError {
    requireNonNull(code, "code");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /** The same error, reported under {@code prefix.path} (or {@code prefix} when the path is empty). */
  public FieldError under(String prefix) {
    requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    return new FieldError(code, path.isEmpty() ? prefix : prefix + "." + path, message);
  }

  /** A mandatory value is missing or blank. */
  public static FieldError required(String path) {
    return new FieldError("required", path, "is required");
  }

  /** A text longer than the field allows. */
  public static FieldError tooLong(String path, int maxLength) {
    return new FieldError("too_long", path, "must be at most " + maxLength + " characters");
  }

  /** A value that does not have the expected form; {@code expected} describes the form, not the value. */
  public static FieldError invalidFormat(String path, String expected) {
    return new FieldError("invalid_format", path, "must be " + expected);
  }

  /** A number or date outside its allowed range. */
  public static FieldError outOfRange(String path, String allowed) {
    return new FieldError("out_of_range", path, "must be " + allowed);
  }

  /**
   * The value of a valid parse, or an {@link IllegalArgumentException} carrying the error's message
   * (which holds no personal data). For factories such as {@code of(String)} that Jackson and trusted
   * callers use; interactive input goes through {@code parse}.
   */
  public static <T> T valueOrThrow(io.vavr.control.Validation<FieldError, T> result) {
    if (result.isValid()) {
      return result.get();
    }
    FieldError error = result.getError();
    throw new IllegalArgumentException(error.message() + " [" + error.code() + "]");
  }

  @Override
  public String toString() {
    return path + ": " + message + " [" + code + "]";
  }
}
