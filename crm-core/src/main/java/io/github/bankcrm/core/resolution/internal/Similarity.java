package io.github.bankcrm.core.resolution.internal;

import java.util.Arrays;

/**
 * The string similarities behind the field comparators. Each is symmetric by construction: the two
 * inputs are put in a fixed order before the (order-sensitive) algorithm runs.
 */
public final class Similarity {

  /** The similarity of two dates that differ by one typed digit or by a day / month swap. */
  public static final double DATE_TYPO = 0.9;

  private static final double WINKLER_SCALE = 0.1;
  private static final int WINKLER_PREFIX = 4;

  private Similarity() {}

  /**
   * Jaro-Winkler similarity (Winkler 1990: prefix scale 0.1, at most 4 prefix characters), computed on
   * UTF-16 units: a character outside the Basic Multilingual Plane (rare CJK extension characters) counts
   * as two units, which only lowers the similarity of two names that differ there.
   *
   * @param first one string
   * @param second the other string
   * @return 0 to 1; 1 for equal strings, also for two empty strings
   */
  public static double jaroWinkler(String first, String second) {
    if (first.equals(second)) {
      return 1.0;
    }
    boolean ordered = first.compareTo(second) <= 0;
    String a = ordered ? first : second;
    String b = ordered ? second : first;
    int aLength = a.length();
    int bLength = b.length();
    if (aLength == 0 || bLength == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(aLength, bLength) / 2 - 1);
    boolean[] aMatched = new boolean[aLength];
    boolean[] bMatched = new boolean[bLength];
    int matches = 0;
    for (int i = 0; i < aLength; i++) {
      char c = a.charAt(i);
      int to = Math.min(bLength - 1, i + window);
      for (int j = Math.max(0, i - window); j <= to; j++) {
        if (!bMatched[j] && c == b.charAt(j)) {
          aMatched[i] = true;
          bMatched[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < aLength; i++) {
      if (aMatched[i]) {
        while (!bMatched[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / aLength + m / bLength + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    int maxPrefix = Math.min(WINKLER_PREFIX, Math.min(aLength, bLength));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * WINKLER_SCALE * (1.0 - jaro);
  }

  /**
   * Dice coefficient {@code 2|A∩B| / (|A|+|B|)} of the sets of adjacent UTF-16 unit pairs; a string of
   * one unit is its own single "bigram".
   *
   * @param first one string
   * @param second the other string
   * @return 0 to 1
   */
  public static double bigramDice(String first, String second) {
    if (first.equals(second)) {
      return 1.0;
    }
    int[] a = bigrams(first);
    int[] b = bigrams(second);
    if (a.length == 0 || b.length == 0) {
      return 0.0;
    }
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** The distinct bigrams of a text, two UTF-16 units packed in an int, sorted. */
  private static int[] bigrams(String text) {
    if (text.length() == 1) {
      return new int[] {text.charAt(0)};
    }
    int[] bigrams = new int[Math.max(0, text.length() - 1)];
    for (int i = 0; i + 1 < text.length(); i++) {
      bigrams[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
    }
    Arrays.sort(bigrams);
    int distinct = 0;
    for (int i = 0; i < bigrams.length; i++) {
      if (i == 0 || bigrams[i] != bigrams[i - 1]) {
        bigrams[distinct++] = bigrams[i];
      }
    }
    return distinct == bigrams.length ? bigrams : Arrays.copyOf(bigrams, distinct);
  }

  /**
   * Dates in ISO form: 1 if equal, {@link #DATE_TYPO} if they differ in exactly one digit or are the same
   * date with day and month swapped, else 0. Texts that are not {@code yyyy-mm-dd} compare exactly.
   *
   * @param first one date
   * @param second the other date
   * @return 0, {@link #DATE_TYPO} or 1
   */
  public static double date(String first, String second) {
    if (first.equals(second)) {
      return 1.0;
    }
    if (!isIsoDate(first) || !isIsoDate(second)) {
      return 0.0;
    }
    int differences = 0;
    for (int i = 0; i < first.length(); i++) {
      if (first.charAt(i) != second.charAt(i)) {
        differences++;
      }
    }
    if (differences == 1) {
      return DATE_TYPO;
    }
    boolean swapped =
        first.regionMatches(0, second, 0, 4)
            && first.regionMatches(5, second, 8, 2)
            && first.regionMatches(8, second, 5, 2);
    return swapped ? DATE_TYPO : 0.0;
  }

  private static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }
}
