package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of every comparator. */
class FieldComparatorTest {

  @Nested
  class Exact {
    @Test
    void equal_is_one_anything_else_zero() {
      assertThat(FieldComparator.EXACT.similarity("13812345678", "13812345678")).isEqualTo(1.0);
      assertThat(FieldComparator.EXACT.similarity("13812345678", "13812345679")).isEqualTo(0.0);
    }
  }

  @Nested
  class JaroWinkler {
    @Test
    void the_textbook_examples() {
      // Winkler's examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813
      assertThat(FieldComparator.JARO_WINKLER.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
      assertThat(FieldComparator.JARO_WINKLER.similarity("dwayne", "duane")).isCloseTo(0.840, within(0.001));
      assertThat(FieldComparator.JARO_WINKLER.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    }

    @Test
    void chinese_names_compare_by_character() {
      assertThat(FieldComparator.JARO_WINKLER.similarity("王小红", "王小虹")).isCloseTo(0.822, within(0.001));
      assertThat(FieldComparator.JARO_WINKLER.similarity("王小红", "李大明")).isEqualTo(0.0);
    }

    @Test
    void empty_and_equal() {
      assertThat(FieldComparator.JARO_WINKLER.similarity("", "")).isEqualTo(1.0);
      assertThat(FieldComparator.JARO_WINKLER.similarity("", "wang")).isEqualTo(0.0);
    }
  }

  @Nested
  class TokenSet {
    @Test
    void parts_in_another_order_still_share_most_bigrams() {
      double similarity = FieldComparator.TOKEN_SET.similarity("朝阳区建国路88号3单元", "建国路88号3单元朝阳区");
      assertThat(similarity).isGreaterThan(0.85);
    }

    @Test
    void a_different_address_shares_little() {
      assertThat(FieldComparator.TOKEN_SET.similarity("朝阳区建国路88号", "浦东新区世纪大道1号")).isLessThan(0.2);
    }

    @Test
    void one_character_strings_are_their_own_bigram() {
      assertThat(FieldComparator.TOKEN_SET.similarity("a", "a")).isEqualTo(1.0);
      assertThat(FieldComparator.TOKEN_SET.similarity("a", "b")).isEqualTo(0.0);
    }
  }

  @Nested
  class Dates {
    @Test
    void the_same_date_is_one() {
      assertThat(FieldComparator.DATE.similarity("1985-03-07", "1985-03-07")).isEqualTo(1.0);
    }

    @Test
    void one_mistyped_digit_is_tolerated() {
      assertThat(FieldComparator.DATE.similarity("1985-03-07", "1985-03-01")).isEqualTo(0.9);
      assertThat(FieldComparator.DATE.similarity("1985-03-07", "1965-03-07")).isEqualTo(0.9);
    }

    @Test
    void day_and_month_swapped_are_tolerated() {
      assertThat(FieldComparator.DATE.similarity("1985-03-07", "1985-07-03")).isEqualTo(0.9);
    }

    @Test
    void two_digits_off_is_another_date() {
      assertThat(FieldComparator.DATE.similarity("1985-03-07", "1986-04-07")).isEqualTo(0.0);
    }

    @Test
    void text_that_is_no_date_compares_exactly() {
      assertThat(FieldComparator.DATE.similarity("85-3-7", "85-3-8")).isEqualTo(0.0);
    }
  }
}
