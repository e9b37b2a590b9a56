package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The match score is symmetric, and every comparator is symmetric and bounded. */
class MatchProperties {

  private static final IdentityNormalization NORMALIZATION = IdentityNormalization.standard();
  private static final MatchModel MODEL = MatchModel.standard();

  @Property(tries = 300)
  void comparing_b_with_a_gives_the_result_of_a_with_b(
      @ForAll("customers") Customer one, @ForAll("customers") Customer other) {
    Assume.that(!one.id().equals(other.id()));
    NormalizedIdentity a = NORMALIZATION.of(one);
    NormalizedIdentity b = NORMALIZATION.of(other);

    assertThat(MODEL.compare(b, a)).isEqualTo(MODEL.compare(a, b));
    assertThat(MODEL.decide(b, a)).isEqualTo(MODEL.compare(a, b).decision());
  }

  @Property(tries = 300)
  void a_customer_compared_with_a_renumbered_copy_of_itself_is_merged(@ForAll("customers") Customer customer) {
    NormalizedIdentity identity = NORMALIZATION.of(customer);
    NormalizedIdentity copy =
        new NormalizedIdentity(
            io.github.bankcrm.core.customer.CustomerId.of("copy-" + Integer.toHexString(customer.id().hashCode())),
            identity.kind(),
            identity.values());

    assertThat(MODEL.compare(identity, copy).decision()).isEqualTo(MatchDecision.AUTO_MERGE);
  }

  @Property
  void every_comparator_is_symmetric_and_between_zero_and_one(
      @ForAll FieldComparator comparator, @ForAll("values") String a, @ForAll("values") String b) {
    double forth = comparator.similarity(a, b);
    double back = comparator.similarity(b, a);

    assertThat(forth).isEqualTo(back).isBetween(0.0, 1.0);
    assertThat(comparator.similarity(a, a)).isEqualTo(1.0);
  }

  @Provide
  Arbitrary<Customer> customers() {
    return CustomerArbitraries.customers();
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        CustomerArbitraries.chineseNames(),
        CustomerArbitraries.pinyinNames(),
        Arbitraries.strings().withChars("abcde").ofMaxLength(6),
        Arbitraries.of("1985-03-07", "1985-07-03", "1985-03-08", "1995-03-07", "1985-13-07"),
        Arbitraries.strings().ofMaxLength(12));
  }
}
