package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.holding.HoldingFixture.CARD_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.DEPOSIT_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.shared.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNumberTest {

  @Nested
  class Parsing {

    @Test
    void spaces_and_hyphens_are_dropped() {
      assertThat(AccountNumber.parse(" 6222 0212-3456 7890 128 ").get().value()).isEqualTo(DEPOSIT_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789012345678901234567890123", "62220212345678x0128", "６２２２０２１２"})
    void anything_but_8_to_32_ascii_digits_is_refused(String text) {
      FieldError error = AccountNumber.parse(text).getError();

      assertThat(error.code()).isEqualTo("invalid_format");
      assertThat(error.toString()).doesNotContain(text);
    }

    @Test
    void blank_is_required() {
      assertThat(AccountNumber.parse("  ").getError().code()).isEqualTo("required");
      assertThat(AccountNumber.parse(null).getError().code()).isEqualTo("required");
    }

    @Test
    void of_throws_without_repeating_the_number() {
      assertThatThrownBy(() -> AccountNumber.of("12345x789"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("12345x789");
    }
  }

  @Nested
  class CardNumbers {

    @Test
    void a_card_number_passes_the_luhn_check() {
      assertThat(AccountNumber.parseCard(CARD_NUMBER).get().isCardNumber()).isTrue();
      assertThat(AccountNumber.parseCard("4111 1111 1111 1111").isValid()).isTrue();
    }

    @Test
    void a_wrong_check_digit_is_refused() {
      String wrong = CARD_NUMBER.substring(0, 15) + "2";

      FieldError error = AccountNumber.parseCard(wrong).getError();

      assertThat(error.code()).isEqualTo("card_number.check_digit");
      assertThat(error.toString()).doesNotContain(wrong);
      assertThat(AccountNumber.of(wrong).isCardNumber()).isFalse();
    }

    @Test
    void a_card_number_has_13_to_19_digits() {
      assertThat(AccountNumber.parseCard("123456789012").getError().code()).isEqualTo("invalid_format");
      assertThat(AccountNumber.parseCard("62220212345678901280").getError().code()).isEqualTo("invalid_format");
    }
  }

  @Nested
  class Privacy {

    @Test
    void to_string_shows_only_the_first_and_last_four_digits() {
      assertThat(AccountNumber.of(DEPOSIT_NUMBER)).hasToString("6222***********0128");
    }

    @Test
    void a_short_number_is_starred_whole() {
      assertThat(AccountNumber.of("12345678")).hasToString("********");
    }
  }
}
