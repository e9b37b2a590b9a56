package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * Customer lifetime value [客户终身价值]: the expected, discounted contribution over a horizon.
 *
 * <p>With {@code C} the annualised contribution, {@code r} the yearly retention rate of the customer's
 * lifecycle stage, {@code d} the discount rate and {@code H} the horizon in years:
 *
 * <pre>
 *   CLV = Σ_{t=1..H} C × r^t / (1 + d)^t  =  C × q × (1 − q^H) / (1 − q),   q = r / (1 + d)
 * </pre>
 *
 * <p>The customer is assumed to bring the same contribution every year they stay; the first year is
 * already discounted and weighted by retention (the customer may leave before it ends). The multiplier
 * {@code Σ q^t} depends only on the model and the stage, so it is computed once, exactly (decimal
 * arithmetic, 16 significant digits), when the model is compiled. A negative contribution gives a
 * negative lifetime value.
 *
 * @param horizonYears {@code H}, 1 to 50
 * @param discountRate {@code d}, 0 to 1
 * @param retention {@code r} per lifecycle stage, 0 to 1; every stage must be listed
 */
public record LifetimeValueModel(
    @Nullable Integer horizonYears,
    @Nullable BigDecimal discountRate,
    @Nullable Map<LifecycleStage, BigDecimal> retention) {

  /**
   * The lifetime multiplier {@code Σ_{t=1..H} q^t} of a stage, with 16 significant digits ({@link
   * MathContext#DECIMAL64}) at every step; the model must be valid.
   *
   * @param stage the customer's lifecycle stage
   * @return what an annual contribution is multiplied by to give the lifetime value
   */
  public BigDecimal multiplier(LifecycleStage stage) {
    BigDecimal q = retention.get(stage).divide(BigDecimal.ONE.add(discountRate), MathContext.DECIMAL64);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal term = BigDecimal.ONE;
    for (int year = 1; year <= horizonYears; year++) {
      term = term.multiply(q, MathContext.DECIMAL64);
      sum = sum.add(term, MathContext.DECIMAL64);
    }
    return sum;
  }
}
