package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.resolution.internal.CharacterTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentityNormalizationTest {

  private final IdentityNormalization normalization = IdentityNormalization.standard();

  @Nested
  class Names {

    @Test
    void full_width_letters_case_and_spaces_do_not_matter() {
      assertThat(normalization.name("ＷＡＮＧ　Xiaohong")).isEqualTo(normalization.name("wang xiaohong"));
    }

    @Test
    void latin_names_compare_in_either_order() {
      assertThat(normalization.name("Xiaohong Wang")).isEqualTo("wang xiaohong");
      assertThat(normalization.name("Wang, Xiaohong")).isEqualTo("wang xiaohong");
    }

    @Test
    void chinese_names_lose_spaces_and_the_middle_dot() {
      assertThat(normalization.name(" 王 小红 ")).isEqualTo("王小红");
      assertThat(normalization.name("阿卜杜拉·买买提")).isEqualTo("阿卜杜拉买买提");
    }

    @Test
    void traditional_characters_of_the_table_fold_to_simplified() {
      assertThat(normalization.name("張偉")).isEqualTo("张伟");
      assertThat(normalization.name("陳曉紅")).isEqualTo("陈晓红");
    }

    @Test
    void without_folding_traditional_stays_traditional() {
      assertThat(new IdentityNormalization(ScriptFolding.NONE).name("張偉")).isEqualTo("張偉");
    }

    @Test
    void the_shipped_table_is_loaded() {
      assertThat(CharacterTable.TRADITIONAL_TO_SIMPLIFIED.size()).isGreaterThan(200);
    }
  }

  @Nested
  class Phones {

    @Test
    void country_code_prefixes_and_separators_go() {
      assertThat(normalization.phone("+86 138-1234-5678")).isEqualTo("13812345678");
      assertThat(normalization.phone("0086 13812345678")).isEqualTo("13812345678");
      assertThat(normalization.phone("8613812345678")).isEqualTo("13812345678");
      assertThat(normalization.phone("(138) 1234 5678")).isEqualTo("13812345678");
      assertThat(normalization.phone("１３８１２３４５６７８")).isEqualTo("13812345678");
    }

    @Test
    void foreign_numbers_keep_their_plus() {
      assertThat(normalization.phone("+44 7911 123456")).isEqualTo("+447911123456");
    }

    @Test
    void nothing_left_is_empty() {
      assertThat(normalization.phone(" - ")).isEmpty();
      assertThat(normalization.phone(null)).isEmpty();
    }
  }

  @Nested
  class IdentityNumbers {

    @Test
    void a_fifteen_digit_number_becomes_its_eighteen_digit_form() {
      assertThat(normalization.residentId("110105491231002")).isEqualTo(CustomerFixture.RESIDENT_ID);
    }

    @Test
    void a_lower_case_x_spaces_and_full_width_digits_are_accepted() {
      assertThat(normalization.residentId("110105 19491231 002x")).isEqualTo(CustomerFixture.RESIDENT_ID);
      assertThat(normalization.residentId("１１０１０５１９４９１２３１００２Ｘ")).isEqualTo(CustomerFixture.RESIDENT_ID);
    }

    @Test
    void an_invalid_number_identifies_nobody() {
      assertThat(normalization.residentId("110105194912310021")).isEmpty();
    }
  }

  @Nested
  class EmailsAndAddresses {

    @Test
    void emails_are_lower_cased_whole() {
      assertThat(normalization.email(" Xiaohong.Wang@Example.COM ")).isEqualTo("xiaohong.wang@example.com");
    }

    @Test
    void addresses_lose_spaces_punctuation_and_full_width_digits() {
      assertThat(normalization.address("朝阳区 建国路８８号，3单元"))
          .isEqualTo(normalization.address("朝阳区建国路88号3单元"));
    }
  }

  @Test
  void a_customer_becomes_its_keys() {
    Customer customer =
        IndividualCustomer.register(
                CustomerId.of("C1"),
                CustomerFixture.individualForm(),
                OrganizationFixture.BJ01,
                null,
                KycRiskRating.LOW,
                CustomerFixture.TELLER,
                CustomerFixture.NOW)
            .get()
            .customer();

    NormalizedIdentity identity = normalization.of(customer);

    assertThat(identity.valuesOf(MatchField.RESIDENT_ID)).containsExactly(CustomerFixture.RESIDENT_ID);
    assertThat(identity.valuesOf(MatchField.NAME)).containsExactly("wang xiaohong", "王小红");
    assertThat(identity.valuesOf(MatchField.MOBILE)).containsExactly("13812345678");
    assertThat(identity.valuesOf(MatchField.BIRTH_DATE)).containsExactly("1949-12-31");
    assertThat(identity.valuesOf(MatchField.IDENTITY_DOCUMENT)).hasSize(1);
    assertThat(identity.valuesOf(MatchField.CREDIT_CODE)).isEmpty();
    assertThat(identity.toString()).doesNotContain(CustomerFixture.RESIDENT_ID, "13812345678", "王小红");
  }
}
