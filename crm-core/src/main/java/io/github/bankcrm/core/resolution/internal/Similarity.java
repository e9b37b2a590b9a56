package io.github.bankcrm.core.resolution.internal;

import java.util.HashSet;
import java.util.Set;

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
   * Jaro-Winkler similarity on code points (Winkler 1990: prefix scale 0.1, at most 4 prefix characters).
   *
   * @param first one string
   * @param second the other string
   * @return 0 to 1; 1 for equal strings, also for two empty strings
   */
  public static double jaroWinkler(String first, String second) {
    if (first.equals(second)) {
      return 1.0;
    }
    int[] a = (first.compareTo(second) <= 0 ? first : second).codePoints().toArray();
    int[] b = (first.compareTo(second) <= 0 ? second : first).codePoints().toArray();
    if (a.length == 0 || b.length == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(a.length, b.length) / 2 - 1);
    boolean[] aMatched = new boolean[a.length];
    boolean[] bMatched = new boolean[b.length];
    int matches = 0;
    for (int i = 0; i < a.length; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(b.length - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!bMatched[j] && a[i] == b[j]) {
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
    for (int i = 0; i < a.length; i++) {
      if (aMatched[i]) {
        while (!bMatched[k]) {
          k++;
        }
        if (a[i] != b[k]) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / a.length + m / b.length + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(WINKLER_PREFIX, Math.min(a.length, b.length)) && a[prefix] == b[prefix]) {
      prefix++;
    }
    return jaro + prefix * WINKLER_SCALE * (1.0 - jaro);
  }

  /**
   * Dice coefficient {@code 2|A∩B| / (|A|+|B|)} of the sets of adjacent code-point pairs; a string of one
   * code point is its own single "bigram".
   *
   * @param first one string
   * @param second the other string
   * @return 0 to 1
   */
  public static double bigramDice(String first, String second) {
    if (first.equals(second)) {
      return 1.0;
    }
    Set<Long> a = bigrams(first);
    Set<Long> b = bigrams(second);
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    int common = 0;
    for (Long bigram : a) {
      if (b.contains(bigram)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  private static Set<Long> bigrams(String text) {
    int[] points = text.codePoints().toArray();
    Set<Long> bigrams = new HashSet<>();
    if (points.length == 1) {
      bigrams.add((long) points[0]);
    }
    for (int i = 0; i + 1 < points.length; i++) {
      bigrams.add(((long) points[i] << 32) | (points[i + 1] & 0xffffffffL));
    }
    return bigrams;
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
        first.substring(0, 4).equals(second.substring(0, 4))
            && first.substring(5, 7).equals(second.substring(8, 10))
            && first.substring(8, 10).equals(second.substring(5, 7));
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
