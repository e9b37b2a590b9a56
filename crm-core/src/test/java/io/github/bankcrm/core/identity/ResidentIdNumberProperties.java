package io.github.bankcrm.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ResidentIdNumberProperties {

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  @Property
  void every_valid_number_is_accepted_as_it_is(@ForAll("validNumbers") String number) {
    assertThat(ResidentIdNumber.parse(number).map(ResidentIdNumber::value))
        .isEqualTo(Validation.valid(number));
  }

  @Property
  void the_birth_date_and_gender_are_read_from_the_number(@ForAll("validNumbers") String number) {
    ResidentIdNumber id = ResidentIdNumber.of(number);

    assertThat(id.birthDate()).isEqualTo(LocalDate.of(
        Integer.parseInt(number.substring(6, 10)),
        Integer.parseInt(number.substring(10, 12)),
        Integer.parseInt(number.substring(12, 14))));
    assertThat(id.gender())
        .isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
    assertThat(id.regionCode()).isEqualTo(number.substring(0, 6));
  }

  @Property
  void every_single_character_change_is_refused(
      @ForAll("validNumbers") String number,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll("replacements") char replacement) {
    char original = number.charAt(position);
    Assume.that(replacement != original && !(original == 'X' && replacement == 'x'));
    String changed = number.substring(0, position) + replacement + number.substring(position + 1);

    assertThat(ResidentIdNumber.parse(changed).isInvalid()).isTrue();
  }

  @Property
  void seventeen_digits_and_their_check_character_are_accepted_and_no_other_final_character_is(
      @ForAll("validNumbers") String valid, @ForAll("finalCharacters") char last) {
    String first17 = valid.substring(0, 17);
    char check = ResidentIdNumber.checkCharacter(first17);

    assertThat(ResidentIdNumber.parse(first17 + check).map(ResidentIdNumber::value))
        .isEqualTo(Validation.valid(first17 + check));
    if (Character.toUpperCase(last) != check) {
      assertThat(ResidentIdNumber.parse(first17 + last).isInvalid()).isTrue();
    }
  }

  @Property
  void every_other_final_character_is_refused(@ForAll("validNumbers") String valid) {
    String first17 = valid.substring(0, 17);
    char check = ResidentIdNumber.checkCharacter(first17);

    for (char other : "0123456789X".toCharArray()) {
      if (other != check) {
        assertThat(ResidentIdNumber.parse(first17 + other).getError().code())
            .isEqualTo("resident_id.check_character");
      }
    }
  }

  @Property
  void the_check_character_of_any_seventeen_digits_is_one_of_eleven(
      @ForAll("seventeenDigits") String first17) {
    assertThat(ResidentIdNumber.checkCharacter(first17)).isIn(
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
  }

  @Property
  void a_lower_case_check_character_is_stored_upper_case(@ForAll("validNumbers") String number) {
    Validation<FieldError, ResidentIdNumber> lowerCase =
        ResidentIdNumber.parse(number.toLowerCase(Locale.ROOT));

    assertThat(lowerCase.map(ResidentIdNumber::value)).isEqualTo(Validation.valid(number));
  }

  @Property
  void surrounding_whitespace_is_ignored(
      @ForAll("validNumbers") String number,
      @ForAll("whitespace") String before,
      @ForAll("whitespace") String after) {
    assertThat(ResidentIdNumber.parse(before + number + after).map(ResidentIdNumber::value))
        .isEqualTo(Validation.valid(number));
  }

  @Property
  void a_fifteen_digit_number_is_upgraded_to_its_eighteen_digit_form(
      @ForAll("validOldNumbers") String old) {
    ResidentIdNumber upgraded = ResidentIdNumber.parse(old).get();

    String expected =
        IdentityArbitraries.withResidentIdCheck(old.substring(0, 6) + "19" + old.substring(6));
    assertThat(upgraded.value()).isEqualTo(expected);
    assertThat(ResidentIdNumber.parse(upgraded.value())).isEqualTo(Validation.valid(upgraded));
    assertThat(upgraded.birthDate()).isEqualTo(LocalDate.of(
        1900 + Integer.parseInt(old.substring(6, 8)),
        Integer.parseInt(old.substring(8, 10)),
        Integer.parseInt(old.substring(10, 12))));
    assertThat(upgraded.gender())
        .isEqualTo((old.charAt(14) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
  }

  @Property
  void any_text_is_parsed_without_throwing(@ForAll String text) {
    assertThat(ResidentIdNumber.parse(text)).isNotNull();
  }

  @Property
  void digit_heavy_text_is_parsed_without_throwing_and_accepted_only_when_well_formed(
      @ForAll("digitHeavyText") String text) {
    Validation<FieldError, ResidentIdNumber> parsed = ResidentIdNumber.parse(text);

    parsed.forEach(id -> {
      String stripped = text.strip();
      assertThat(stripped).matches("[0-9]{15}|[0-9]{17}[0-9Xx]");
      assertThat(id.value())
          .isEqualTo(IdentityArbitraries.withResidentIdCheck(id.value().substring(0, 17)));
    });
    if (parsed.isInvalid()) {
      assertThat(parsed.getError().path()).isEmpty();
      assertThat(parsed.getError().code())
          .isIn("required", "resident_id.length", "resident_id.characters",
              "resident_id.check_character", "resident_id.birth_date");
    }
  }

  @Property
  void json_round_trip_is_the_identity(@ForAll("validNumbers") String number) throws Exception {
    ResidentIdNumber id = ResidentIdNumber.of(number);

    String written = json.writeValueAsString(id);

    assertThat(written).isEqualTo('"' + number + '"');
    assertThat(json.readValue(written, ResidentIdNumber.class)).isEqualTo(id);
  }

  @Property
  void to_string_never_shows_the_whole_number(@ForAll("validNumbers") String number) {
    ResidentIdNumber id = ResidentIdNumber.of(number);

    assertThat(id.toString()).doesNotContain(number).doesNotContain(number.substring(1, 16));
  }

  @Provide
  Arbitrary<String> validNumbers() {
    return IdentityArbitraries.validResidentIdNumbers();
  }

  @Provide
  Arbitrary<String> validOldNumbers() {
    return IdentityArbitraries.validOldResidentIdNumbers();
  }

  @Provide
  Arbitrary<Character> replacements() {
    return Arbitraries.oneOf(
        Arbitraries.chars().numeric(),
        Arbitraries.of('X', 'x', ' ', '\t', '١', '１', '٣', '೬'),
        Arbitraries.chars().range('A', 'Z'),
        Arbitraries.chars().range('a', 'z'),
        Arbitraries.chars());
  }

  @Provide
  Arbitrary<Character> finalCharacters() {
    return Arbitraries.oneOf(Arbitraries.of("0123456789Xx".toCharArray()), Arbitraries.chars());
  }

  @Provide
  Arbitrary<String> seventeenDigits() {
    return Arbitraries.strings().numeric().ofLength(17);
  }

  @Provide
  Arbitrary<String> whitespace() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\u3000').ofMaxLength(3);
  }

  @Provide
  Arbitrary<String> digitHeavyText() {
    Arbitrary<String> mostlyDigits = Arbitraries.strings()
        .withCharRange('0', '9')
        .withChars('X', 'x', ' ', '-', '١', '１', '\u0000')
        .ofMaxLength(20);
    Arbitrary<String> fifteenDigits = Arbitraries.strings().numeric().ofLength(15);
    Arbitrary<String> anyCheckCharacter = Combinators.combine(
            IdentityArbitraries.validResidentIdNumbers(), Arbitraries.of("0123456789Xx".toCharArray()))
        .as((valid, check) -> valid.substring(0, 17) + check);
    return Arbitraries.oneOf(mostlyDigits, fifteenDigits, anyCheckCharacter);
  }
}
