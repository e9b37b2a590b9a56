package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.scoring.score.Explanation;

/**
 * Makes a score's {@link Explanation} from the scorer's primitive results. The score package hands
 * the compiled model its non-public factory this way, so the compact form stays out of the public API.
 */
@FunctionalInterface
public interface ExplanationFactory {

  /**
   * An explanation that takes ownership of the arrays.
   *
   * @param factorMask bit {@code f} set for each factor ordinal in the model
   * @param raw raw value per factor ordinal
   * @param points whole points per factor ordinal, adding up to the score
   * @param reasons up to three reason ordinals plus one, 5 bits each, the first in the lowest bits
   * @return the explanation
   */
  Explanation of(int factorMask, double[] raw, int[] points, int reasons);
}
