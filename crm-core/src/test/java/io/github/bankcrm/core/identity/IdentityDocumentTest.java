package io.github.bankcrm.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityDocumentTest {

  private static final String RESIDENT_ID = "11010519491231002X";
  private static final LocalDate JAN_1_2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate DEC_31_2029 = LocalDate.of(2029, 12, 31);

  @Nested
  class A_resident_identity_card {

    @Test
    void keeps_its_number_in_eighteen_digit_form() {
      IdentityDocument card = IdentityDocument.parse(
              IdentityDocumentType.RESIDENT_ID_CARD, "110105491231002", "CN", JAN_1_2020, DEC_31_2029)
          .get();

      assertThat(card.number()).isEqualTo(RESIDENT_ID);
      assertThat(card.issuingCountry()).isEqualTo(CountryCode.CHINA);
      assertThat(card.residentIdNumber()).contains(ResidentIdNumber.of(RESIDENT_ID));
    }

    @Test
    void is_made_from_a_resident_identity_number() {
      IdentityDocument card = IdentityDocument.residentIdCard(ResidentIdNumber.of(RESIDENT_ID));

      assertThat(card).isEqualTo(new IdentityDocument(
          IdentityDocumentType.RESIDENT_ID_CARD, RESIDENT_ID, CountryCode.CHINA, null, null));
      assertThat(card.isLongTerm()).isTrue();
    }

    @Test
    void must_be_issued_by_china() {
      Seq<FieldError> errors = IdentityDocument.parse(
              IdentityDocumentType.RESIDENT_ID_CARD, RESIDENT_ID, "USA", null, null)
          .getError();

      assertThat(errors).extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple(
              "issuingCountry", "identity_document.issuing_country"));
    }

    @Test
    void reports_resident_id_errors_under_number() {
      Seq<FieldError> errors = IdentityDocument.parse(
              IdentityDocumentType.RESIDENT_ID_CARD, "110105194912310021", "CHN", null, null)
          .getError();

      assertThat(errors).extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("number", "resident_id.check_character"));
    }
  }

  @Nested
  class A_passport {

    @Test
    void has_its_number_upper_cased_and_stripped() {
      IdentityDocument passport = IdentityDocument.parse(
              IdentityDocumentType.PASSPORT, " e12345678 ", "CHN", JAN_1_2020, DEC_31_2029)
          .get();

      assertThat(passport.number()).isEqualTo("E12345678");
      assertThat(passport.residentIdNumber()).isEmpty();
      assertThat(passport).isEqualTo(
          IdentityDocument.passport("E12345678", CountryCode.CHINA, JAN_1_2020, DEC_31_2029));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E123", "E12345678901234567890"})
    void must_have_five_to_twenty_characters(String number) {
      assertNumberRefused(IdentityDocumentType.PASSPORT, number, "identity_document.number_length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E1234-5678", "E1234 5678", "Ｅ12345678", "E1234567ß"})
    void must_have_only_letters_and_digits(String number) {
      assertNumberRefused(IdentityDocumentType.PASSPORT, number, "identity_document.number_characters");
    }
  }

  @Nested
  class Another_document {

    @Test
    void may_have_hyphens() {
      IdentityDocument permit = IdentityDocument.parse(
              IdentityDocumentType.HONG_KONG_MACAO_PERMIT, "h1234-5678", "CHN", null, null)
          .get();

      assertThat(permit.number()).isEqualTo("H1234-5678");
    }

    @Test
    void must_have_at_most_thirty_two_characters() {
      assertNumberRefused(IdentityDocumentType.OTHER, "A".repeat(33), "identity_document.number_length");
    }

    @Test
    void must_have_only_letters_digits_and_hyphens() {
      assertNumberRefused(
          IdentityDocumentType.RESIDENCE_BOOKLET, "户口12345", "identity_document.number_characters");
    }
  }

  @Nested
  class Parsing_accumulates {

    @Test
    void every_error_with_its_path() {
      Seq<FieldError> errors = IdentityDocument.parse(
              IdentityDocumentType.RESIDENT_ID_CARD, "123", "USA", DEC_31_2029, JAN_1_2020)
          .getError();

      assertThat(errors).extracting(FieldError::path, FieldError::code).containsExactly(
          tuple("number", "resident_id.length"),
          tuple("issuingCountry", "identity_document.issuing_country"),
          tuple("validUntil", "identity_document.validity_period"));
    }

    @Test
    void missing_and_unknown_values() {
      Seq<FieldError> errors = IdentityDocument.parse(null, " ", "ZZ", null, null).getError();

      assertThat(errors).extracting(FieldError::path, FieldError::code).containsExactly(
          tuple("type", "required"),
          tuple("number", "required"),
          tuple("issuingCountry", "country.unknown"));
    }

    @Test
    void without_repeating_the_number_in_any_message() {
      Seq<FieldError> errors = IdentityDocument.parse(
              IdentityDocumentType.RESIDENT_ID_CARD, "110105194912310021", "CHN", null, null)
          .getError();

      assertThat(errors).allSatisfy(error -> assertThat(error.toString()).doesNotContain("1101051949"));
    }
  }

  @Nested
  class Validity {

    private final IdentityDocument tenYears =
        IdentityDocument.passport("E12345678", CountryCode.CHINA, JAN_1_2020, DEC_31_2029);

    @Test
    void includes_both_ends() {
      assertThat(tenYears.isValidOn(JAN_1_2020)).isTrue();
      assertThat(tenYears.isValidOn(DEC_31_2029)).isTrue();
      assertThat(tenYears.isValidOn(JAN_1_2020.minusDays(1))).isFalse();
      assertThat(tenYears.isValidOn(DEC_31_2029.plusDays(1))).isFalse();
      assertThat(tenYears.isLongTerm()).isFalse();
    }

    @Test
    void is_unlimited_for_a_long_term_document() {
      IdentityDocument longTerm =
          IdentityDocument.residentIdCard(ResidentIdNumber.of(RESIDENT_ID), JAN_1_2020, null);

      assertThat(longTerm.isLongTerm()).isTrue();
      assertThat(longTerm.isValidOn(LocalDate.of(2999, 1, 1))).isTrue();
      assertThat(longTerm.isValidOn(JAN_1_2020.minusDays(1))).isFalse();
    }

    @Test
    void may_be_a_single_day() {
      assertThat(IdentityDocument.parse(IdentityDocumentType.OTHER, "A1", "CHN", JAN_1_2020, JAN_1_2020))
          .allSatisfy(document -> assertThat(document.isValidOn(JAN_1_2020)).isTrue())
          .isNotEmpty();
    }
  }

  @Nested
  class The_key {

    @Test
    void is_the_same_for_old_and_new_forms_of_a_resident_id_number() {
      IdentityDocument fromOld = IdentityDocument.parse(
              IdentityDocumentType.RESIDENT_ID_CARD, "110105491231002", "CHN", null, DEC_31_2029)
          .get();
      IdentityDocument fromNew = IdentityDocument.residentIdCard(ResidentIdNumber.of(RESIDENT_ID));

      assertThat(fromOld.key()).isEqualTo(fromNew.key());
      assertThat(IdentityDocumentKey.parse(
              IdentityDocumentType.RESIDENT_ID_CARD, "11010519491231002x", "CN"))
          .containsExactly(fromNew.key());
    }

    @Test
    void normalises_its_number() {
      IdentityDocumentKey key =
          new IdentityDocumentKey(IdentityDocumentType.PASSPORT, " e12345678", CountryCode.CHINA);

      assertThat(key.number()).isEqualTo("E12345678");
    }

    @Test
    void round_trips_through_json() throws Exception {
      ObjectMapper json = new ObjectMapper();
      IdentityDocumentKey key = IdentityDocument.residentIdCard(ResidentIdNumber.of(RESIDENT_ID)).key();

      assertThat(json.readValue(json.writeValueAsString(key), IdentityDocumentKey.class)).isEqualTo(key);
    }

    @Test
    void is_masked_in_to_string() {
      assertThat(IdentityDocument.residentIdCard(ResidentIdNumber.of(RESIDENT_ID)).key().toString())
          .contains("1***************2X")
          .doesNotContain(RESIDENT_ID);
    }
  }

  @Nested
  class Privacy {

    @Test
    void to_string_masks_the_number() {
      IdentityDocument card = IdentityDocument.residentIdCard(ResidentIdNumber.of(RESIDENT_ID));

      assertThat(card).hasToString(
          "IdentityDocument[type=RESIDENT_ID_CARD, number=1***************2X, issuingCountry=CHN,"
              + " validFrom=null, validUntil=null]");
    }

    @Test
    void the_constructor_refuses_with_paths_and_codes_only() {
      assertThatThrownBy(() -> new IdentityDocument(
              IdentityDocumentType.RESIDENT_ID_CARD,
              "110105194912310021",
              null,
              DEC_31_2029,
              JAN_1_2020))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("number")
          .hasMessageContaining("resident_id.check_character")
          .hasMessageContaining("issuingCountry")
          .hasMessageContaining("validUntil")
          .hasMessageNotContaining("1101051949");
    }
  }

  @Nested
  class Json {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void has_the_five_components_and_nothing_else() throws Exception {
      IdentityDocument passport =
          IdentityDocument.passport("E12345678", CountryCode.CHINA, JAN_1_2020, null);

      JsonNode tree = json.readTree(json.writeValueAsString(passport));

      assertThat(tree.fieldNames()).toIterable()
          .containsExactly("type", "number", "issuingCountry", "validFrom", "validUntil");
      assertThat(tree.get("number").asText()).isEqualTo("E12345678");
      assertThat(tree.get("issuingCountry").asText()).isEqualTo("CHN");
      assertThat(tree.get("validUntil").isNull()).isTrue();
      assertThat(json.readValue(json.writeValueAsString(passport), IdentityDocument.class))
          .isEqualTo(passport);
    }

    @Test
    void is_normalised_when_read() throws Exception {
      String written =
          "{\"type\":\"RESIDENT_ID_CARD\",\"number\":\"110105491231002\",\"issuingCountry\":\"CHN\"}";

      assertThat(json.readValue(written, IdentityDocument.class))
          .isEqualTo(IdentityDocument.residentIdCard(ResidentIdNumber.of(RESIDENT_ID)));
    }

    @Test
    void refuses_an_invalid_document_without_repeating_its_number() {
      String written = "{\"type\":\"RESIDENT_ID_CARD\",\"number\":\"110105194912310021\","
          + "\"issuingCountry\":\"CHN\"}";

      assertThatThrownBy(() -> json.readValue(written, IdentityDocument.class))
          .hasMessageContaining("resident_id.check_character")
          .hasMessageNotContaining("1101051949");
    }
  }

  private static void assertNumberRefused(IdentityDocumentType type, String number, String code) {
    Seq<FieldError> errors = IdentityDocument.parse(type, number, "CHN", null, null).getError();

    assertThat(errors).extracting(FieldError::path, FieldError::code)
        .containsExactly(tuple("number", code));
  }
}
