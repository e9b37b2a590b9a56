package io.github.bankcrm.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value types a customer is reached and named by: how each is normalised and what it refuses. */
class ContactValuesTest {

  private static FieldError refusal(Validation<FieldError, ?> result) {
    assertThat(result.isInvalid()).as("refused").isTrue();
    return result.getError();
  }

  private static Seq<FieldError> refusals(Validation<Seq<FieldError>, ?> result) {
    assertThat(result.isInvalid()).as("refused").isTrue();
    return result.getError();
  }

  @Nested
  class A_mobile_number {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "13812345678",
          " 13812345678 ",
          "138 1234 5678",
          "138-1234-5678",
          "+8613812345678",
          "+86 138 1234 5678",
          "0086 138 1234 5678",
          "008613812345678",
          "+86 (138) 1234-5678"
        })
    void from_mainland_china_is_kept_as_its_eleven_digits_however_it_was_typed(String typed) {
      assertThat(MobileNumber.parse(typed).get().value()).isEqualTo("13812345678");
    }

    @Test
    void typed_two_ways_is_the_same_number() {
      assertThat(MobileNumber.parse("+86 138-1234-5678").get())
          .isEqualTo(MobileNumber.parse("13812345678").get());
    }

    @Test
    void from_abroad_is_kept_in_e164_form() {
      assertThat(MobileNumber.parse("+44 7911 123456").get().value()).isEqualTo("+447911123456");
      assertThat(MobileNumber.parse("+1 (415) 555-0123").get().value()).isEqualTo("+14155550123");
      assertThat(MobileNumber.parse("+852 9123 4567").get().value()).isEqualTo("+85291234567");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "12812345678", // no mainland mobile starts with 12
          "1381234567", // ten digits
          "138123456789", // twelve digits
          "+86 10 6234 5678", // a Beijing landline
          "8613812345678", // country code without + or 00
          "+0123456789", // E.164 country codes do not start with 0
          "+1234567", // too short for E.164
          "+1234567890123456", // too long for E.164
          "138.1234.5678",
          "１３８１２３４５６７８", // full-width digits
          "call me"
        })
    void that_is_malformed_is_refused_without_repeating_it(String typed) {
      FieldError error = refusal(MobileNumber.parse(typed));

      assertThat(error.code()).isEqualTo("invalid_format");
      assertThat(error.path()).isEmpty();
      assertThat(error.message()).doesNotContain(typed.strip()).doesNotContain("5678");
    }

    @Test
    void that_is_blank_is_required() {
      assertThat(refusal(MobileNumber.parse("  ")).code()).isEqualTo("required");
      assertThat(refusal(MobileNumber.parse(null)).code()).isEqualTo("required");
    }

    @Test
    void from_trusted_input_throws_without_repeating_the_number() {
      assertThatThrownBy(() -> MobileNumber.of("12812345678"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("12812345678");
    }

    @Test
    void of_a_mainland_number_has_one_canonical_form_however_it_is_built() {
      assertThat(MobileNumber.of("+8613812345678")).isEqualTo(MobileNumber.of("13812345678"));
      assertThatThrownBy(() -> new MobileNumber("+8613812345678"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shows_only_its_first_three_and_last_four_digits() {
      assertThat(MobileNumber.of("13812345678")).hasToString("138****5678");
    }
  }

  @Nested
  class A_fixed_line_number {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "010-62345678",
          "01062345678",
          "+86 21 1234 5678",
          "+86 21 1234 5678 ext 12",
          "021-12345678转123",
          "021-12345678 x 9"
        })
    void of_digits_single_separators_and_an_extension_is_kept_as_typed(String typed) {
      assertThat(PhoneNumber.parse(typed).get().value()).isEqualTo(typed);
    }

    @Test
    void is_stripped_of_surrounding_white_space() {
      assertThat(PhoneNumber.parse("  010-62345678 ").get().value()).isEqualTo("010-62345678");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "1234", // fewer than five digits
          "010--62345678",
          "010 - 62345678",
          "(010) 62345678",
          "010-6234567a",
          "010-62345678 ext 1234567", // extension of more than six digits
          "+86 21 1234 5678 1234 5678 1234" // longer than 30 characters
        })
    void that_is_malformed_is_refused_without_repeating_it(String typed) {
      FieldError error = refusal(PhoneNumber.parse(typed));

      assertThat(error.code()).isEqualTo("invalid_format");
      assertThat(error.message()).doesNotContain(typed);
    }

    @Test
    void that_is_blank_is_required() {
      assertThat(refusal(PhoneNumber.parse("")).code()).isEqualTo("required");
    }

    @Test
    void shows_only_its_last_four_characters() {
      assertThat(PhoneNumber.of("010-62345678")).hasToString("********5678");
    }
  }

  @Nested
  class An_email_address {

    @Test
    void has_its_domain_lower_cased_and_its_local_part_kept() {
      assertThat(EmailAddress.parse(" Zhang.San@Example.COM ").get().value())
          .isEqualTo("Zhang.San@example.com");
    }

    @Test
    void differing_only_in_the_case_of_the_domain_is_the_same_address() {
      assertThat(EmailAddress.parse("wang@EXAMPLE.com").get())
          .isEqualTo(EmailAddress.parse("wang@example.com").get());
    }

    @Test
    void may_have_a_sub_domain_and_common_local_part_characters() {
      assertThat(EmailAddress.parse("xiao-hong.wang+crm@mail.example.com.cn").isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "xiaohong.wang",
          "xiaohong@localhost", // a domain needs two labels
          "xiao hong@example.com",
          "xiaohong@@example.com",
          "xiaohong@-example.com",
          "xiaohong@example..com",
          "小红@example.com",
          "xiaohong@例子.中国",
          "@example.com"
        })
    void that_is_malformed_is_refused_without_repeating_it(String typed) {
      FieldError error = refusal(EmailAddress.parse(typed));

      assertThat(error.code()).isEqualTo("invalid_format");
      assertThat(error.message()).doesNotContain(typed).doesNotContain("xiaohong");
    }

    @Test
    void with_a_local_part_over_64_characters_is_refused() {
      assertThat(EmailAddress.parse("a".repeat(65) + "@example.com").isInvalid()).isTrue();
      assertThat(EmailAddress.parse("a".repeat(64) + "@example.com").isValid()).isTrue();
    }

    @Test
    void shows_only_the_first_character_and_the_domain() {
      assertThat(EmailAddress.of("xiaohong.wang@example.com")).hasToString("x***@example.com");
    }
  }

  @Nested
  class A_postal_address {

    @Test
    void in_china_has_a_six_digit_postcode_and_may_have_a_division_code() {
      PostalAddress address =
          PostalAddress.parse(AddressType.HOME, "CN", "110105", " 朝阳区建国路88号 ", "100022").get();

      assertThat(address.country()).isEqualTo(CountryCode.CHINA);
      assertThat(address.divisionCode()).isEqualTo("110105");
      assertThat(address.line()).isEqualTo("朝阳区建国路88号");
      assertThat(address.postalCode()).isEqualTo("100022");
    }

    @Test
    void counts_its_line_in_characters_not_in_utf16_units() {
      String rareCharacters = "𠀋".repeat(150);

      assertThat(PostalAddress.parse(AddressType.HOME, "CHN", null, rareCharacters, null).isValid())
          .isTrue();
    }

    @Test
    void needs_neither_a_division_code_nor_a_postcode() {
      PostalAddress address = PostalAddress.parse(AddressType.MAILING, "CHN", " ", "建国路88号", null).get();

      assertThat(address.divisionCode()).isNull();
      assertThat(address.postalCode()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10002", "1000222", "SW1A 1AA", "10002A"})
    void in_china_with_a_postcode_other_than_six_digits_is_refused(String postcode) {
      assertThat(refusals(PostalAddress.parse(AddressType.HOME, "CHN", null, "建国路88号", postcode)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("postalCode", "invalid_format"));
    }

    @Test
    void abroad_may_have_a_postcode_with_letters() {
      assertThat(PostalAddress.parse(AddressType.WORK, "GBR", null, "10 Downing St", "SW1A 2AA").isValid())
          .isTrue();
      assertThat(PostalAddress.parse(AddressType.WORK, "USA", null, "1 Main St", "94105-1234").isValid())
          .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010105", "910105", "11010", "11010A"})
    void with_a_division_code_that_is_not_gb_t_2260_is_refused(String division) {
      assertThat(refusals(PostalAddress.parse(AddressType.HOME, "CHN", division, "建国路88号", null)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("divisionCode", "invalid_format"));
    }

    @Test
    void with_a_division_code_over_six_characters_is_too_long() {
      assertThat(refusals(PostalAddress.parse(AddressType.HOME, "CHN", "1101055", "建国路88号", null)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("divisionCode", "too_long"));
    }

    @Test
    void reports_every_bad_field_at_once() {
      assertThat(refusals(PostalAddress.parse(null, "XX", "0", " ", "1")))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("type", "required"),
              tuple("country", "country.unknown"),
              tuple("divisionCode", "invalid_format"),
              tuple("line", "required"));
    }

    @Test
    void with_an_address_line_over_200_characters_is_too_long() {
      assertThat(refusals(PostalAddress.parse(AddressType.HOME, "CHN", null, "路".repeat(201), null)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("line", "too_long"));
      assertThat(PostalAddress.parse(AddressType.HOME, "CHN", null, "路".repeat(200), null).isValid())
          .isTrue();
    }

    @Test
    void never_shows_its_street() {
      PostalAddress address =
          PostalAddress.parse(AddressType.HOME, "CHN", "110105", "朝阳区建国路88号", "100022").get();

      assertThat(address.toString()).contains("HOME", "CHN", "110105").doesNotContain("建国路");
    }

    @Test
    void built_directly_with_a_bad_postcode_throws() {
      assertThatThrownBy(
              () -> new PostalAddress(AddressType.HOME, CountryCode.CHINA, null, "建国路88号", "10002"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class A_person_name {

    @Test
    void is_stripped_and_normalised_to_nfc() {
      PersonName name = PersonName.parse(" Zoe\u0301 Wang ", Map.of()).get();

      assertThat(name.legalName()).isEqualTo("Zo\u00e9 Wang");
    }

    @Test
    void keeps_one_alternative_spelling_per_script_after_the_legal_name() {
      PersonName name =
          PersonName.parse(
                  "王小红", Map.of(NameScript.LATIN, "Wang Xiaohong", NameScript.OTHER, "ワン・シャオホン"))
              .get();

      assertThat(name.in(NameScript.LATIN)).contains("Wang Xiaohong");
      assertThat(name.in(NameScript.CHINESE)).isEmpty();
      assertThat(name.allSpellings()).containsExactly("王小红", "Wang Xiaohong", "ワン・シャオホン");
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小红2", "Wang Xiaohong 2nd", "王小红２"})
    void with_a_digit_is_refused(String typed) {
      FieldError error = refusals(PersonName.parse(typed, Map.of())).single();

      assertThat(error.path()).isEqualTo("legalName");
      assertThat(error.code()).isEqualTo("name.digits");
      assertThat(error.message()).doesNotContain(typed);
    }

    @Test
    void reports_a_bad_alternative_under_its_script() {
      assertThat(refusals(PersonName.parse(" ", Map.of(NameScript.LATIN, "Wang 2"))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("legalName", "required"), tuple("alternatives.LATIN", "name.digits"));
    }

    @Test
    void over_100_characters_or_with_control_characters_is_refused() {
      assertThat(refusals(PersonName.parse("王".repeat(101), Map.of())).single().code())
          .isEqualTo("too_long");
      assertThat(refusals(PersonName.parse("王\u0007小红", Map.of())).single().code())
          .isEqualTo("control_character");
    }

    @Test
    void shows_only_its_first_character() {
      assertThat(PersonName.of("王小红")).hasToString("王**");
    }
  }
}
