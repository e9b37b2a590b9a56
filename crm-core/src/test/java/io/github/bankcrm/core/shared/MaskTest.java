package io.github.bankcrm.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Masking of personal financial information, as JR/T 0171 practice describes it. */
class MaskTest {

  @Nested
  class An_identity_number {

    @Test
    void keeps_its_first_character_and_its_last_two() {
      assertThat(Mask.idNumber("110105199003071234")).isEqualTo("1***************34");
      assertThat(Mask.idNumber("E12345678")).isEqualTo("E******78");
    }

    @Test
    void of_three_characters_or_fewer_is_starred_whole() {
      assertThat(Mask.idNumber("123")).isEqualTo("***");
      assertThat(Mask.idNumber("12")).isEqualTo("**");
      assertThat(Mask.idNumber("1234")).isEqualTo("1*34");
    }
  }

  @Nested
  class A_mobile_number {

    @Test
    void keeps_its_first_three_digits_and_its_last_four() {
      assertThat(Mask.mobile("13812345678")).isEqualTo("138****5678");
      assertThat(Mask.mobile("+447911123456")).isEqualTo("+44******3456");
    }

    @Test
    void of_seven_characters_or_fewer_is_starred_whole() {
      assertThat(Mask.mobile("1381234")).isEqualTo("*******");
      assertThat(Mask.mobile("13812345")).isEqualTo("138*2345");
    }
  }

  @Nested
  class A_fixed_line_number {

    @Test
    void keeps_only_its_last_four_characters() {
      assertThat(Mask.phone("010-62345678")).isEqualTo("********5678");
    }

    @Test
    void of_four_characters_or_fewer_is_starred_whole() {
      assertThat(Mask.phone("5678")).isEqualTo("****");
    }
  }

  @Nested
  class A_name {

    @Test
    void keeps_only_its_first_character() {
      assertThat(Mask.name("张三丰")).isEqualTo("张**");
      assertThat(Mask.name("Zhang San")).isEqualTo("Z********");
    }

    @Test
    void of_one_character_is_starred_whole() {
      assertThat(Mask.name("张")).isEqualTo("*");
    }
  }

  @Nested
  class An_email_address {

    @Test
    void keeps_the_first_character_of_the_local_part_and_the_domain() {
      assertThat(Mask.email("zhang.san@example.com")).isEqualTo("z***@example.com");
    }

    @Test
    void does_not_reveal_a_one_character_local_part() {
      assertThat(Mask.email("z@example.com")).isEqualTo("***@example.com");
    }

    @Test
    void without_a_local_part_or_an_at_sign_is_hidden_whole() {
      assertThat(Mask.email("zhang.san")).isEqualTo("***");
      assertThat(Mask.email("@example.com")).isEqualTo("***");
    }
  }

  @Nested
  class Free_text {

    @Test
    void is_hidden_whole_whatever_its_length() {
      assertThat(Mask.everything("朝阳区建国路88号")).isEqualTo("***");
      assertThat(Mask.everything("x")).isEqualTo("***");
    }
  }

  @Nested
  class Absent_values {

    @Test
    void mask_to_the_empty_text() {
      assertThat(Mask.idNumber(null)).isEmpty();
      assertThat(Mask.mobile("")).isEmpty();
      assertThat(Mask.phone(null)).isEmpty();
      assertThat(Mask.name("")).isEmpty();
      assertThat(Mask.email(null)).isEmpty();
      assertThat(Mask.everything(null)).isEmpty();
    }
  }

  /** Rare Chinese characters (CJK Extension B) take two UTF-16 chars; masking counts characters. */
  @Nested
  class Characters_outside_the_basic_plane {

    private static final String RARE = "𠀀"; // U+20000, a surrogate pair

    @Test
    void count_as_one_character_each_and_are_never_split() {
      assertThat(Mask.name(RARE + "小红")).isEqualTo(RARE + "**");
      assertThat(Mask.name("王" + RARE + RARE)).isEqualTo("王**");
      assertThat(Mask.idNumber(RARE + "1234" + RARE + RARE)).isEqualTo(RARE + "****" + RARE + RARE);
    }

    @Test
    void in_a_short_value_give_one_star_each() {
      assertThat(Mask.name(RARE)).isEqualTo("*");
      assertThat(Mask.idNumber(RARE + RARE + RARE)).isEqualTo("***");
    }

    @Test
    void starting_an_email_address_is_kept_whole() {
      assertThat(Mask.email(RARE + "abc@example.com")).isEqualTo(RARE + "***@example.com");
    }
  }
}
