package io.github.bankcrm.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.control.Validation;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
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
    String number = document.number();
    String text = document.toString();

    assertThat(text).doesNotContain("number=" + number);
    if (number.length() > 3) {
      assertThat(text).doesNotContain(number);
      assertThat(document.key().toString()).doesNotContain(number);
    }
  }

  @Provide
  Arbitrary<IdentityDocument> documents() {
    return IdentityArbitraries.validIdentityDocuments();
  }
}
