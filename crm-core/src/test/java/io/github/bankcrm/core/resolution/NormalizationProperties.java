package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerArbitraries;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normalising a normalised value changes nothing, for realistic and for arbitrary text. */
class NormalizationProperties {

  private static final IdentityNormalization NORMALIZATION = IdentityNormalization.standard();

  private static void idempotent(UnaryOperator<String> normalise, String text) {
    String once = normalise.apply(text);
    assertThat(normalise.apply(once)).isEqualTo(once);
  }

  @Property
  void names_are_idempotent(@ForAll("names") String name) {
    idempotent(NORMALIZATION::name, name);
  }

  @Property
  void arbitrary_text_is_idempotent_in_every_normalisation(@ForAll("anyText") String text) {
    idempotent(NORMALIZATION::text, text);
    idempotent(NORMALIZATION::name, text);
    idempotent(NORMALIZATION::organisationName, text);
    idempotent(NORMALIZATION::phone, text);
    idempotent(NORMALIZATION::email, text);
    idempotent(NORMALIZATION::address, text);
    idempotent(NORMALIZATION::code, text);
    idempotent(NORMALIZATION::residentId, text);
  }

  @Property
  void phones_are_idempotent(@ForAll("phones") String phone) {
    idempotent(NORMALIZATION::phone, phone);
  }

  @Property
  void resident_ids_in_either_generation_normalise_to_the_same_number(
      @ForAll("oldResidentIds") String old) {
    String upgraded = NORMALIZATION.residentId(old);
    assertThat(upgraded).hasSize(18);
    assertThat(NORMALIZATION.residentId(upgraded)).isEqualTo(upgraded);
    assertThat(NORMALIZATION.residentId(upgraded.toLowerCase(java.util.Locale.ROOT))).isEqualTo(upgraded);
  }

  @Property
  void folding_the_table_is_idempotent(@ForAll("tableText") String text) {
    ScriptFolding folding = ScriptFolding.commonNameCharacters();
    assertThat(folding.fold(folding.fold(text))).isEqualTo(folding.fold(text));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> spaced =
        CustomerArbitraries.chineseNames().map(name -> " " + name.charAt(0) + "　" + name.substring(1) + " ");
    Arbitrary<String> fullWidth =
        CustomerArbitraries.westernNames().map(name -> name.chars()
            .mapToObj(c -> c >= 'A' && c <= 'z' ? String.valueOf((char) (c - 'A' + 'Ａ')) : String.valueOf((char) c))
            .reduce("", String::concat));
    return Arbitraries.oneOf(
        CustomerArbitraries.chineseNames(), CustomerArbitraries.pinyinNames(), CustomerArbitraries.westernNames(), spaced, fullWidth);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u0000', '\u04ff').withCharRange('\u3000', '\u30ff')
            .withCharRange('\u4e00', '\u4fff').withCharRange('\uff00', '\uffef').ofMaxLength(30));
  }

  @Provide
  Arbitrary<String> phones() {
    return Arbitraries.oneOf(
        CustomerArbitraries.mainlandMobiles().map(m -> "+86 " + m),
        CustomerArbitraries.mainlandMobiles().map(m -> "0086-" + m.substring(0, 3) + "-" + m.substring(3)),
        CustomerArbitraries.foreignMobiles(),
        CustomerArbitraries.phones(),
        Arbitraries.strings().withChars("+0086 -()1234567890").ofMaxLength(25));
  }

  @Provide
  Arbitrary<String> oldResidentIds() {
    return IdentityArbitraries.validOldResidentIdNumbers();
  }

  @Provide
  Arbitrary<String> tableText() {
    return Arbitraries.strings().withChars("張张陳陈劉刘偉伟國国東东華华區区門门abc 王李").ofMaxLength(20);
  }
}
