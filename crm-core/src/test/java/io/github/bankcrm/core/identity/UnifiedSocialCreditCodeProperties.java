package io.github.bankcrm.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class UnifiedSocialCreditCodeProperties {

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  @Property
  void every_valid_code_is_accepted_as_it_is(@ForAll("validCodes") String code) {
    assertThat(UnifiedSocialCreditCode.parse(code).map(UnifiedSocialCreditCode::value))
        .isEqualTo(Validation.valid(code));
  }

  @Property
  void the_parts_are_read_from_their_positions(@ForAll("validCodes") String code) {
    UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.of(code);

    assertThat(parsed.registrationAuthority()).isEqualTo(code.charAt(0));
    assertThat(parsed.organizationType()).isEqualTo(code.charAt(1));
    assertThat(parsed.regionCode()).isEqualTo(code.substring(2, 8));
    assertThat(parsed.organizationCode()).isEqualTo(code.substring(8, 17));
  }

  @Property
  void every_single_character_change_is_refused(
      @ForAll("validCodes") String code,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll("replacements") char replacement) {
    char original = code.charAt(position);
    Assume.that(replacement != original && !isLowerCaseOf(replacement, original));
    String changed = code.substring(0, position) + replacement + code.substring(position + 1);

    assertThat(UnifiedSocialCreditCode.parse(changed).isInvalid()).isTrue();
  }

  @Property
  void seventeen_characters_and_their_check_character_are_accepted_and_no_other_final_character_is(
      @ForAll("validCodes") String valid, @ForAll("replacements") char last) {
    String first17 = valid.substring(0, 17);
    char check = UnifiedSocialCreditCode.checkCharacter(first17);

    assertThat(UnifiedSocialCreditCode.parse(first17 + check).map(UnifiedSocialCreditCode::value))
        .isEqualTo(Validation.valid(first17 + check));
    if (last != check && !isLowerCaseOf(last, check)) {
      assertThat(UnifiedSocialCreditCode.parse(first17 + last).isInvalid()).isTrue();
    }
  }

  @Property
  void every_other_final_character_of_the_alphabet_is_refused(@ForAll("validCodes") String valid) {
    String first17 = valid.substring(0, 17);
    char check = UnifiedSocialCreditCode.checkCharacter(first17);

    for (char other : IdentityArbitraries.CREDIT_CODE_ALPHABET.toCharArray()) {
      if (other != check) {
        assertThat(UnifiedSocialCreditCode.parse(first17 + other).getError().code())
            .isEqualTo("uscc.check_character");
      }
    }
  }

  @Property
  void the_check_character_of_any_seventeen_characters_is_in_the_alphabet(
      @ForAll("seventeenCharacters") String first17) {
    assertThat(IdentityArbitraries.CREDIT_CODE_ALPHABET)
        .contains(String.valueOf(UnifiedSocialCreditCode.checkCharacter(first17)));
  }

  @Property
  void lower_case_is_accepted_and_stored_upper_case(@ForAll("validCodes") String code) {
    String lowerCase = code.toLowerCase(Locale.ROOT);

    assertThat(UnifiedSocialCreditCode.parse(lowerCase).map(UnifiedSocialCreditCode::value))
        .isEqualTo(Validation.valid(code));
  }

  @Property
  void surrounding_whitespace_is_ignored(@ForAll("validCodes") String code) {
    assertThat(UnifiedSocialCreditCode.parse(" \t" + code + "\n").map(UnifiedSocialCreditCode::value))
        .isEqualTo(Validation.valid(code));
  }

  @Property
  void any_text_is_parsed_without_throwing(@ForAll String text) {
    assertThat(UnifiedSocialCreditCode.parse(text)).isNotNull();
  }

  @Property
  void code_like_text_is_accepted_only_with_the_right_check_character(
      @ForAll("codeLikeText") String text) {
    Validation<FieldError, UnifiedSocialCreditCode> parsed = UnifiedSocialCreditCode.parse(text);

    parsed.forEach(code -> assertThat(code.value())
        .isEqualTo(IdentityArbitraries.withCreditCodeCheck(code.value().substring(0, 17))));
    if (parsed.isInvalid()) {
      assertThat(parsed.getError().path()).isEmpty();
      assertThat(parsed.getError().code())
          .isIn("required", "uscc.length", "uscc.characters", "uscc.region", "uscc.check_character");
    }
  }

  @Property
  void json_round_trip_is_the_identity(@ForAll("validCodes") String code) throws Exception {
    UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.of(code);

    String written = json.writeValueAsString(parsed);

    assertThat(written).isEqualTo('"' + code + '"');
    assertThat(json.readValue(written, UnifiedSocialCreditCode.class)).isEqualTo(parsed);
  }

  private static boolean isLowerCaseOf(char candidate, char original) {
    return candidate >= 'a' && candidate <= 'z' && candidate - 'a' + 'A' == original;
  }

  @Provide
  Arbitrary<String> validCodes() {
    return IdentityArbitraries.validUnifiedSocialCreditCodes();
  }

  @Provide
  Arbitrary<Character> replacements() {
    return Arbitraries.oneOf(
        Arbitraries.of(IdentityArbitraries.CREDIT_CODE_ALPHABET.toCharArray()),
        Arbitraries.of('I', 'O', 'S', 'V', 'Z', 'i', 'o', 's', 'v', 'z', ' ', '１', 'Ａ', '١'),
        Arbitraries.chars().range('a', 'z'),
        Arbitraries.chars());
  }

  @Provide
  Arbitrary<String> seventeenCharacters() {
    return Arbitraries.strings()
        .withChars(IdentityArbitraries.CREDIT_CODE_ALPHABET.toCharArray())
        .ofLength(17);
  }

  @Provide
  Arbitrary<String> codeLikeText() {
    Arbitrary<String> alphabetText = Arbitraries.strings()
        .withChars(IdentityArbitraries.CREDIT_CODE_ALPHABET.toCharArray())
        .withChars('I', 'O', 's', 'a', ' ', '１')
        .ofMinLength(16)
        .ofMaxLength(20);
    Arbitrary<String> anyCheckCharacter = Combinators.combine(
            IdentityArbitraries.validUnifiedSocialCreditCodes(),
            Arbitraries.of(IdentityArbitraries.CREDIT_CODE_ALPHABET.toCharArray()))
        .as((valid, check) -> valid.substring(0, 17) + check);
    return Arbitraries.oneOf(alphabetText, anyCheckCharacter);
  }
}
