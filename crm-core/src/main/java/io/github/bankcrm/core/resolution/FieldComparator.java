package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.resolution.internal.Similarity;

/**
 * How two normalised values of one field are compared: a similarity from 0 (nothing in common) to 1
 * (equal). Every comparator is symmetric: {@code similarity(a, b) == similarity(b, a)}.
 */
public enum FieldComparator {
  /** 1 if equal, else 0. */
  EXACT {
    @Override
    public double similarity(String first, String second) {
      return first.equals(second) ? 1.0 : 0.0;
    }
  },
  /**
   * Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4 characters), computed on UTF-16 units: good
   * for short strings with typos such as names.
   */
  JARO_WINKLER {
    @Override
    public double similarity(String first, String second) {
      return Similarity.jaroWinkler(first, second);
    }
  },
  /**
   * Dice coefficient of the sets of character bigrams (UTF-16 unit pairs): insensitive to the order of the parts, good for
   * addresses and company names written in a different order.
   */
  TOKEN_SET {
    @Override
    public double similarity(String first, String second) {
      return Similarity.bigramDice(first, second);
    }
  },
  /**
   * ISO dates ({@code yyyy-mm-dd}): 1 if equal; {@value Similarity#DATE_TYPO} if they differ in one digit
   * or by day and month swapped (a valid date either way); else 0.
   */
  DATE {
    @Override
    public double similarity(String first, String second) {
      return Similarity.date(first, second);
    }
  };

  /**
   * Compares two normalised values.
   *
   * @param first one value
   * @param second the other value
   * @return the similarity, 0 to 1
   */
  public abstract double similarity(String first, String second);
}
