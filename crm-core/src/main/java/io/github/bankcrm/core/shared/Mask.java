package io.github.bankcrm.core.shared;

/**
 * Masking of personal financial information for {@code toString()}, logs, error messages and change
 * records. The rules follow common practice in Chinese banks (JR/T 0171): an identity number keeps its
 * first character and last two, a mobile number its first three digits and last four, a name its first
 * character, an e-mail address the first character of the local part and the domain.
 */
public final class Mask {

  private static final char STAR = '*';

  private Mask() {}

  /** {@code 110105199003071234} becomes {@code 1***************34}. */
  public static String idNumber(String value) {
    return keep(value, 1, 2);
  }

  /** {@code 13812345678} becomes {@code 138****5678}. */
  public static String mobile(String value) {
    return keep(value, 3, 4);
  }

  /** {@code 6222021234567890123} becomes {@code 6222***********0123}: the first and last four digits. */
  public static String accountNumber(String value) {
    return keep(value, 4, 4);
  }

  /** A fixed-line number keeps only its last four digits. */
  public static String phone(String value) {
    return keep(value, 0, 4);
  }

  /** {@code 张三丰} becomes {@code 张**}; {@code Zhang San} becomes {@code Z********}. */
  public static String name(String value) {
    return keep(value, 1, 0);
  }

  /**
   * {@code zhang.san@example.com} becomes {@code z***@example.com}; a one-character local part is
   * starred whole ({@code ***@example.com}).
   */
  public static String email(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    int at = value.lastIndexOf('@');
    if (at <= 0) {
      return everything(value);
    }
    return value.codePointCount(0, at) > 1
        ? value.substring(0, Character.charCount(value.codePointAt(0))) + "***" + value.substring(at)
        : "***" + value.substring(at);
  }

  /** Free text that may hold personal data (an address line, an employer's contact) is hidden whole. */
  public static String everything(String value) {
    return value == null || value.isEmpty() ? "" : "***";
  }

  /**
   * Keeps the first {@code head} and last {@code tail} code points and stars the rest; a value too short
   * to hide anything is starred whole, so masking never reveals a short value in full.
   */
  static String keep(String value, int head, int tail) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    int length = value.codePointCount(0, value.length());
    if (length <= head + tail) {
      return String.valueOf(STAR).repeat(length);
    }
    int headEnd = value.offsetByCodePoints(0, head);
    int tailStart = value.offsetByCodePoints(0, length - tail);
    return value.substring(0, headEnd)
        + String.valueOf(STAR).repeat(length - head - tail)
        + value.substring(tailStart);
  }
}
