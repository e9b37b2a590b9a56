package io.github.bankcrm.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bankcrm.core.shared.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  /** A published sample: a company registered with the market regulator of Fuzhou. */
  private static final String SAMPLE = "91350100M000100Y43";

  @Nested
  class A_valid_code {

    @Test
    void is_accepted_with_its_parts() {
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(SAMPLE).get();

      assertThat(code.value()).isEqualTo(SAMPLE);
      assertThat(code.registrationAuthority()).isEqualTo('9');
      assertThat(code.organizationType()).isEqualTo('1');
      assertThat(code.regionCode()).isEqualTo("350100");
      assertThat(code.organizationCode()).isEqualTo("M000100Y4");
    }

    @Test
    void may_be_lower_case_with_surrounding_whitespace() {
      assertThat(UnifiedSocialCreditCode.parse("  91350100m000100y43\n").get().value())
          .isEqualTo(SAMPLE);
    }

    @Test
    void is_accepted_even_when_its_embedded_organisation_code_check_fails() {
      // 000000001 is not a valid GB 11714 organisation code (its check digit would be 0), but the
      // GB 32100 check character is right: such codes exist in registries and must be taken.
      assertThat(UnifiedSocialCreditCode.parse("91350100000000001L").isValid()).isTrue();
    }

    @Test
    void is_shown_plainly_in_to_string_because_it_is_not_personal_data() {
      assertThat(UnifiedSocialCreditCode.of(SAMPLE)).hasToString(SAMPLE);
    }

    @Test
    void is_written_to_json_as_a_plain_string() throws Exception {
      ObjectMapper json = new ObjectMapper();

      assertThat(json.writeValueAsString(UnifiedSocialCreditCode.of(SAMPLE)))
          .isEqualTo("\"" + SAMPLE + "\"");
      assertThat(json.readValue("\"91350100m000100y43\"", UnifiedSocialCreditCode.class))
          .isEqualTo(UnifiedSocialCreditCode.of(SAMPLE));
    }
  }

  @Nested
  class An_invalid_code_is_refused {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void when_missing(String text) {
      assertRefused(text, "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "91350100M000100Y4", "91350100M000100Y433"})
    void when_it_has_the_wrong_length(String text) {
      assertRefused(text, "uscc.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100I43",
        "91350100M000100O43",
        "91350100M000100S43",
        "91350100M000100V43",
        "91350100M000100Z43",
        "91350100M000100-43",
        "91350100Ｍ000100Y43",
        "9135010١M000100Y43"
    })
    void when_it_has_characters_outside_the_alphabet(String text) {
      assertRefused(text, "uscc.characters");
    }

    @Test
    void when_the_region_code_has_a_letter() {
      assertRefused(IdentityArbitraries.withCreditCodeCheck("913A0100M000100Y4"), "uscc.region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y40", "81350100M000100Y43"})
    void when_the_check_character_is_wrong(String text) {
      assertRefused(text, "uscc.check_character");
    }

    @Test
    void by_of_with_an_illegal_argument_exception() {
      assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("91350100M000100Y4");
    }
  }

  @Nested
  class The_check_character {

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, "91350100000000001L"})
    void of_the_first_seventeen_characters_of_a_valid_code_is_its_last_character(String code) {
      assertThat(UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17)))
          .isEqualTo(code.charAt(17));
    }

    @Test
    void is_accepted_by_any_char_sequence() {
      assertThat(UnifiedSocialCreditCode.checkCharacter(new StringBuilder("91350100M000100Y4")))
          .isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y",
        SAMPLE,
        "91350100M000100Y4 ",
        "91350100m000100Y4",
        "91350100M000100I4",
        "91350100M000100O4",
        "91350100M000100S4",
        "91350100M000100V4",
        "91350100M000100Z4",
        "91350100M000100-4",
        "91350100Ｍ000100Y4",
        "9135010١M000100Y4"
    })
    void refuses_anything_but_seventeen_characters_of_the_alphabet_without_repeating_them(
        String first17) {
      assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(first17))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(first17.strip())
          .hasMessageNotContaining(first17.substring(0, 8));
    }

    @Test
    void refuses_an_empty_sequence() {
      assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(""))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_null() {
      assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  private static void assertRefused(String text, String code) {
    FieldError error = UnifiedSocialCreditCode.parse(text).getError();

    assertThat(error.code()).isEqualTo(code);
    assertThat(error.path()).isEmpty();
  }
}
