package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.bankcrm.scoring.model.Factor;
import java.util.Arrays;
import java.util.List;

/**
 * Why a customer has their score: the points of every factor of the model and the top reasons.
 *
 * <p>The factor points are whole numbers that add up to the score exactly. Each factor's exact
 * (fractional) points are {@code weight × maxScore × level}; the score is their sum rounded half up;
 * each factor gets the whole part of its exact points, and the points still missing go one each to the
 * factors with the largest fractional parts (ties to the factor listed first in {@link
 * io.github.bankcrm.scoring.model.Factor}). So every factor's points differ from its exact points by
 * less than one. A factor's {@code share} is its points over the total, 0 when the total is 0.
 *
 * <p>An explanation is made for every score, so it keeps only primitive data (which factors, their raw
 * values and points, the reason codes) and builds {@link #factors()} and {@link #reasons()} when they
 * are asked for. Immutable; equal when the factor lists and reason lists are equal.
 */
public final class Explanation {

  private static final Factor[] FACTORS = Factor.values();
  private static final Reason[] REASONS = Reason.values();
  private static final int MAX_REASONS = 3;
  private static final int REASON_BITS = 5;
  private static final int REASON_SLOT = (1 << REASON_BITS) - 1;

  /** Bit {@code f} set when the factor of ordinal {@code f} is in the model. */
  private final int factorMask;
  /** Raw value per factor ordinal; only the masked entries mean something. */
  private final double[] raw;
  /** Whole points per factor ordinal; only the masked entries mean something. */
  private final int[] points;
  /** Up to three reasons, the first in the lowest bits: {@code ordinal + 1} per 5-bit slot, 0 ends. */
  private final int reasonCodes;

  /**
   * An explanation from its parts, as JSON reads it.
   *
   * @param factors the points of each factor in the model, in {@code Factor} order, each factor once,
   *     each {@code share} being {@code points / total points} (0 when the total is 0)
   * @param reasons at most three reasons, the most important first: a negative contribution first, then
   *     the factors by points, descending
   * @throws IllegalArgumentException if the factors are out of order or repeated, a share is not the
   *     factor's points over the total, or there are more than three reasons
   */
  @JsonCreator
  public Explanation(
      @JsonProperty("factors") List<FactorPoints> factors, @JsonProperty("reasons") List<Reason> reasons) {
    requireNonNull(factors, "factors");
    requireNonNull(reasons, "reasons");
    int mask = 0;
    int last = -1;
    double[] rawValues = new double[FACTORS.length];
    int[] wholePoints = new int[FACTORS.length];
    long total = 0;
    for (FactorPoints factor : factors) {
      int f = requireNonNull(factor, "a factor of an explanation").factor().ordinal();
      if (f <= last) {
        throw new IllegalArgumentException("an explanation lists each factor once, in Factor order");
      }
      last = f;
      mask |= 1 << f;
      rawValues[f] = factor.rawValue();
      wholePoints[f] = factor.points();
      total += factor.points();
    }
    for (FactorPoints factor : factors) {
      if (Double.compare(factor.share(), share(factor.points(), total)) != 0) {
        throw new IllegalArgumentException("a factor's share is its points over the total points");
      }
    }
    if (reasons.size() > MAX_REASONS) {
      throw new IllegalArgumentException("an explanation gives at most three reasons");
    }
    int codes = 0;
    for (int i = 0; i < reasons.size(); i++) {
      codes |= (requireNonNull(reasons.get(i), "a reason of an explanation").ordinal() + 1) << (REASON_BITS * i);
    }
    this.factorMask = mask;
    this.raw = rawValues;
    this.points = wholePoints;
    this.reasonCodes = codes;
  }

  private Explanation(int factorMask, double[] raw, int[] points, int reasonCodes) {
    this.factorMask = factorMask;
    this.raw = raw;
    this.points = points;
    this.reasonCodes = reasonCodes;
  }

  /**
   * The scorer's way in: takes ownership of the arrays, which the caller must not touch afterwards.
   *
   * @param factorMask bit {@code f} set for each factor ordinal in the model
   * @param raw raw value per factor ordinal
   * @param points whole points per factor ordinal, adding up to the score
   * @param reasons up to three reason ordinals plus one, 5 bits each, the first in the lowest bits
   * @return the explanation
   */
  static Explanation ofOwned(int factorMask, double[] raw, int[] points, int reasons) {
    return new Explanation(factorMask, raw, points, reasons);
  }

  /**
   * The points of each factor in the model, in {@code Factor} order; built on each call.
   *
   * @return the factor points
   */
  @JsonProperty("factors")
  public List<FactorPoints> factors() {
    long total = totalPoints();
    FactorPoints[] factors = new FactorPoints[Integer.bitCount(factorMask)];
    int i = 0;
    for (int f = 0; f < FACTORS.length; f++) {
      if ((factorMask & (1 << f)) != 0) {
        factors[i++] = new FactorPoints(FACTORS[f], raw[f], points[f], share(points[f], total));
      }
    }
    return List.of(factors);
  }

  /**
   * At most three reasons, the most important first: a negative contribution first, then the factors
   * by points, descending; built on each call.
   *
   * @return the reasons
   */
  @JsonProperty("reasons")
  public List<Reason> reasons() {
    Reason[] reasons = new Reason[MAX_REASONS];
    int count = 0;
    for (int codes = reasonCodes; (codes & REASON_SLOT) != 0; codes >>>= REASON_BITS) {
      reasons[count++] = REASONS[(codes & REASON_SLOT) - 1];
    }
    return List.of(Arrays.copyOf(reasons, count));
  }

  /**
   * The sum of the factor points, which is the score.
   *
   * @return the total points
   */
  @JsonIgnore
  public int totalPoints() {
    int total = 0;
    for (int f = 0; f < FACTORS.length; f++) {
      if ((factorMask & (1 << f)) != 0) {
        total += points[f];
      }
    }
    return total;
  }

  private static double share(int points, long total) {
    // the same division the scorer has always made, so shares read back from JSON compare equal
    return total == 0 ? 0 : points / (double) total;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Explanation that) || factorMask != that.factorMask || reasonCodes != that.reasonCodes) {
      return false;
    }
    for (int f = 0; f < FACTORS.length; f++) {
      if ((factorMask & (1 << f)) != 0
          && (points[f] != that.points[f] || Double.compare(raw[f], that.raw[f]) != 0)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 31 * factors().hashCode() + reasons().hashCode();
  }

  @Override
  public String toString() {
    return "Explanation[factors=" + factors() + ", reasons=" + reasons() + "]";
  }
}
