package io.github.bankcrm.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bankcrm.core.shared.FieldError;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  /** The sample number of GB 11643: Beijing Chaoyang, born 1949-12-31, a woman, check character X. */
  private static final String SAMPLE = "11010519491231002X";

  @Nested
  class A_valid_number {

    @Test
    void is_accepted_with_its_birth_date_gender_and_region() {
      ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE).get();

      assertThat(id.value()).isEqualTo(SAMPLE);
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
      assertThat(id.gender()).isEqualTo(Gender.FEMALE);
      assertThat(id.regionCode()).isEqualTo("110105");
    }

    @Test
    void with_an_odd_sequence_digit_belongs_to_a_man() {
      ResidentIdNumber id = ResidentIdNumber.of("440524188001010014");

      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
      assertThat(id.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void may_have_a_lower_case_check_character_and_surrounding_whitespace() {
      assertThat(ResidentIdNumber.parse(" 11010519491231002x\t").get().value()).isEqualTo(SAMPLE);
    }

    @Test
    void may_be_born_on_a_leap_day() {
      assertThat(ResidentIdNumber.parse("110105200002290021").isValid()).isTrue();
    }

    @Test
    void equals_the_same_number_written_differently() {
      assertThat(ResidentIdNumber.of("11010519491231002x")).isEqualTo(ResidentIdNumber.of(SAMPLE));
    }

    @Test
    void is_masked_in_to_string() {
      assertThat(ResidentIdNumber.of(SAMPLE)).hasToString("1***************2X");
    }

    @Test
    void is_written_to_json_as_a_plain_string() throws Exception {
      ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

      assertThat(json.writeValueAsString(ResidentIdNumber.of(SAMPLE))).isEqualTo("\"" + SAMPLE + "\"");
      assertThat(json.readValue("\"110105491231002\"", ResidentIdNumber.class))
          .isEqualTo(ResidentIdNumber.of(SAMPLE));
    }
  }

  @Nested
  class A_first_generation_number {

    @Test
    void is_upgraded_to_eighteen_digits() {
      ResidentIdNumber id = ResidentIdNumber.parse("110105491231002").get();

      assertThat(id.value()).isEqualTo(SAMPLE);
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
      assertThat(id.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void with_an_impossible_birth_date_is_refused() {
      assertRefused("110105491331002", "resident_id.birth_date");
    }

    @Test
    void with_a_letter_is_refused() {
      assertRefused("11010549123100X", "resident_id.characters");
    }
  }

  @Nested
  class An_invalid_number_is_refused {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void when_missing(String text) {
      assertRefused(text, "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1101051949123100", "11010519491231002", "11010519491231002X1"})
    void when_it_has_the_wrong_length(String text) {
      assertRefused(text, "resident_id.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "11010519491231002Y",
        "1101051949123100XX",
        "X1010519491231002X",
        "110105-9491231002X",
        "11010519491231002Ｘ",
        "11010519491231002١",
        "１10105194912310020",
        "١10105194912310020",
        "11010519491231001\u0000"
    })
    void when_it_has_characters_other_than_ascii_digits_and_a_final_x(String text) {
      assertRefused(text, "resident_id.characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "110105194912310020", "110105194912310029"})
    void when_the_check_character_is_wrong(String text) {
      assertRefused(text, "resident_id.check_character");
    }

    @ParameterizedTest
    @CsvSource({
        "110105194913310021, month 13",
        "110105194912320020, day 32",
        "110105190002290025, 29 February of a year that is not a leap year",
        "110105184912310020, before 1850",
        "110105000000000015, year zero"
    })
    void when_the_birth_date_is_not_a_real_date_in_range(String text, String reason) {
      String withCheck = IdentityArbitraries.withResidentIdCheck(text.substring(0, 17));

      assertRefused(withCheck, "resident_id.birth_date");
    }

    @Test
    void when_the_birth_date_is_in_the_future() {
      LocalDate tomorrow = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1);
      String number = IdentityArbitraries.withResidentIdCheck(
          "110105" + DateTimeFormatter.BASIC_ISO_DATE.format(tomorrow) + "002");

      assertRefused(number, "resident_id.birth_date");
    }

    @Test
    void by_of_and_the_constructor_with_an_exception_that_does_not_repeat_it() {
      assertThatThrownBy(() -> ResidentIdNumber.of("110105194912310021"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("1101051949");
      assertThatThrownBy(() -> new ResidentIdNumber(null)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class The_check_character {

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, "440524188001010014", "110105200002290021"})
    void of_the_first_seventeen_digits_of_a_valid_number_is_its_last_character(String number) {
      assertThat(ResidentIdNumber.checkCharacter(number.substring(0, 17))).isEqualTo(number.charAt(17));
    }

    @Test
    void is_accepted_by_any_char_sequence() {
      assertThat(ResidentIdNumber.checkCharacter(new StringBuilder("11010519491231002"))).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1101051949123100",
        SAMPLE,
        "11010519491231002 ",
        "1101051949123100X",
        "1101051949123100x",
        "110105-9491231002",
        "1101051949123100１",
        "١1010519491231002",
        "11010519491 31002",
        "1101051949123100\u0000"
    })
    void refuses_anything_but_seventeen_ascii_digits_without_repeating_them(String first17) {
      assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(first17))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(first17.strip())
          .hasMessageNotContaining(first17.substring(0, 6));
    }

    @Test
    void refuses_an_empty_sequence() {
      assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(""))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_null() {
      assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  private static void assertRefused(String text, String code) {
    FieldError error = ResidentIdNumber.parse(text).getError();

    assertThat(error.code()).isEqualTo(code);
    assertThat(error.path()).isEmpty();
    if (text != null && text.strip().length() >= 5) {
      assertThat(error.message()).doesNotContain(text.strip());
    }
  }
}
