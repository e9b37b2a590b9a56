package io.github.bankcrm.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bankcrm.core.shared.CountryCode;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdentityDocumentProperties {

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  @Property
  void json_round_trip_is_the_identity(@ForAll("documents") IdentityDocument document) throws Exception {
    String written = json.writeValueAsString(document);

    assertThat(json.readValue(written, IdentityDocument.class)).isEqualTo(document);
  }

  @Property
  void parsing_the_components_gives_the_same_document(@ForAll("documents") IdentityDocument document) {
    assertThat(IdentityDocument.parse(
            document.type(),
            document.number().toLowerCase(Locale.ROOT),
            document.issuingCountry().alpha3(),
            document.validFrom(),
            document.validUntil()))
        .isEqualTo(Validation.valid(document));
  }

  @Property
  void to_string_never_shows_the_whole_number(@ForAll("documents") IdentityDocument document) {
    assertNumberHidden(document, document.toString());
    assertNumberHidden(document, document.key().toString());
  }

  /** A residence booklet whose number, 2015, is also the year of its validity dates. */
  private static IdentityDocument bookletNumbered2015ValidFrom2015() {
    return new IdentityDocument(
        IdentityDocumentType.RESIDENCE_BOOKLET, "2015", CountryCode.of("CHN"), LocalDate.of(2015, 3, 4), LocalDate.of(2025, 3, 3));
  }

  @Example
  void a_number_that_is_also_part_of_the_type_or_of_a_validity_date_is_not_taken_for_a_leak() {
    IdentityDocument kong =
        new IdentityDocument(IdentityDocumentType.HONG_KONG_MACAO_PERMIT, "KONG", CountryCode.of("CHN"), null, null);
    IdentityDocument year = bookletNumbered2015ValidFrom2015();

    for (IdentityDocument document : List.of(kong, year)) {
      assertThat(document.toString()).as("shown on purpose").contains(document.number());
      assertNumberHidden(document, document.toString());
      assertNumberHidden(document, document.key().toString());
    }
  }

  @Example
  void the_check_still_catches_a_number_shown_in_full() {
    IdentityDocument document = bookletNumbered2015ValidFrom2015();
    String masked = document.toString();

    assertThatThrownBy(() -> assertNumberHidden(document, masked.replaceFirst("number=[^,]*", "number=2015")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertNumberHidden(document, masked + " (booklet 2015)"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertNumberHidden(document, masked.replace("validUntil=", "note=2015, validUntil=")))
        .isInstanceOf(AssertionError.class);
  }

  /**
   * Fails if the text shows the whole number. The type, issuing country and validity dates are shown on
   * purpose; a short number (a four-character {@code KONG}, {@code 2015}) can be part of them by chance, so
   * those fields, label and value together, are taken out before the check.
   */
  private static void assertNumberHidden(IdentityDocument document, String text) {
    String number = document.number();
    assertThat(text).doesNotContain("number=" + number);
    if (number.length() > 3) {
      String rest =
          text.replace("type=" + document.type(), "type=")
              .replace("issuingCountry=" + document.issuingCountry(), "issuingCountry=")
              .replace("validFrom=" + document.validFrom(), "validFrom=")
              .replace("validUntil=" + document.validUntil(), "validUntil=");
      assertThat(rest).doesNotContain(number);
    }
  }

  @Provide
  Arbitrary<IdentityDocument> documents() {
    return IdentityArbitraries.validIdentityDocuments();
  }
}
