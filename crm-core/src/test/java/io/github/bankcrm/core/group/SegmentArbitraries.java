package io.github.bankcrm.core.group;

import io.github.bankcrm.core.customer.AddressType;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerArbitraries;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.holding.BalanceLine;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid segment rules and definitions, and of subjects to evaluate them on. */
public final class SegmentArbitraries {

  /** The day generated subjects are evaluated for. */
  public static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  private SegmentArbitraries() {}

  /**
   * Valid rule trees up to a depth.
   *
   * @param depth how many levels of all / any / not above the leaves
   * @return the rules
   */
  public static Arbitrary<SegmentRule> rules(int depth) {
    if (depth == 0) {
      return leaves();
    }
    Arbitrary<SegmentRule> below = Arbitraries.lazy(() -> rules(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaves()),
        net.jqwik.api.Tuple.of(1, below.list().ofMinSize(1).ofMaxSize(3).map(SegmentRule.All::new)),
        net.jqwik.api.Tuple.of(1, below.list().ofMinSize(1).ofMaxSize(3).map(SegmentRule.Any::new)),
        net.jqwik.api.Tuple.of(1, below.map(SegmentRule.Not::new)));
  }

  /**
   * Valid leaf conditions of every type.
   *
   * @return the leaves
   */
  public static Arbitrary<SegmentRule> leaves() {
    Arbitrary<Integer> ages = Arbitraries.integers().between(0, 100);
    Arbitrary<BigDecimal> amounts =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000")).ofScale(2);
    return Arbitraries.oneOf(
        Arbitraries.of(CustomerKind.class).map(SegmentRule.KindIs::new),
        Combinators.combine(ages, ages, Arbitraries.integers().between(0, 2))
            .as((a, b, open) -> new SegmentRule.AgeBand(
                open == 1 ? null : Math.min(a, b), open == 2 ? null : Math.max(a, b))),
        Combinators.combine(
                Arbitraries.of("11", "1101", "110105", "110108", "31", "3101", "35", "3501", "350100", "44"),
                Arbitraries.of(AddressType.class).injectNull(0.5))
            .as(SegmentRule.Region::new),
        Arbitraries.of("F", "F51", "F5179", "C", "C35", "I65", "K").map(SegmentRule.Industry::new),
        Arbitraries.subsetOf(Education.values()).ofMinSize(1).map(SegmentRule.EducationIn::new),
        Combinators.combine(
                Arbitraries.subsetOf(ProductType.values()).ofMinSize(1),
                Arbitraries.of("CNY", "USD"),
                amounts,
                amounts,
                Arbitraries.integers().between(0, 2))
            .as((types, currency, a, b, open) -> {
              BigDecimal low = a.min(b);
              BigDecimal high = a.max(b).add(BigDecimal.ONE);
              return new SegmentRule.BalanceBand(
                  types, currency, open == 1 ? null : low, open == 2 ? null : high);
            }),
        Combinators.combine(
                Arbitraries.subsetOf(ProductType.values()).ofMinSize(1),
                Arbitraries.of(SegmentRule.ProductsHeld.Match.class))
            .as(SegmentRule.ProductsHeld::new),
        Arbitraries.subsetOf(KycRiskRating.values()).ofMinSize(1).map(SegmentRule.KycRatingIn::new),
        Arbitraries.subsetOf("PLATINUM", "PREMIUM", "ORDINARY", "LOSS").ofMinSize(1).map(SegmentRule.TierIn::new));
  }

  /**
   * Valid definitions with rules up to three levels deep.
   *
   * @return the definitions
   */
  public static Arbitrary<SegmentDefinition> definitions() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20).map(SegmentId::of),
            Arbitraries.of("高净值客户", "Young graduates", "对公制造业", "Dormant depositors"),
            Arbitraries.longs().between(1, 1000),
            rules(3))
        .as(SegmentDefinition::new);
  }

  /**
   * Subjects of both kinds, with random balances in CNY and USD and sometimes a tier, for {@link #DAY}.
   *
   * @return the subjects
   */
  public static Arbitrary<SegmentSubject> subjects() {
    return Combinators.combine(
            CustomerArbitraries.customers(),
            balanceLines(),
            Arbitraries.of("PLATINUM", "PREMIUM", "ORDINARY", "LOSS").injectNull(0.3))
        .as(SegmentArbitraries::subject);
  }

  private static SegmentSubject subject(Customer customer, List<BalanceLine> lines, String tier) {
    return new SegmentSubject(customer, new BalanceSummary(customer.id(), DAY, lines), tier, DAY);
  }

  private static Arbitrary<List<BalanceLine>> balanceLines() {
    Arbitrary<BalanceLine> line =
        Combinators.combine(
                Arbitraries.of(ProductType.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000")).ofScale(2),
                Arbitraries.of("CNY", "USD"))
            .as((type, amount, currency) -> new BalanceLine(type, Money.of(amount.toPlainString(), currency)));
    return line.list()
        .ofMaxSize(6)
        .uniqueElements(l -> l.productType() + "/" + l.balance().currencyCode());
  }
}
