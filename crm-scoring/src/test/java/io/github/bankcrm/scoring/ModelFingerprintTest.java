package io.github.bankcrm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelFingerprintTest {

  @Test
  void is_the_sha256_of_the_canonical_document() {
    // SHA-256("abc") from FIPS 180-2, appendix B.1
    assertThat(ModelFingerprint.of("abc".getBytes(StandardCharsets.US_ASCII)).hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void differs_when_one_byte_of_the_model_differs() {
    assertThat(ModelFingerprint.of("{\"weight\":0.30}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(ModelFingerprint.of("{\"weight\":0.31}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shows_its_short_form() {
    ModelFingerprint fingerprint = ModelFingerprint.of(new byte[0]);

    assertThat(fingerprint.shortForm()).isEqualTo("e3b0c44298fc");
    assertThat(fingerprint).hasToString("sha256:e3b0c44298fc");
  }

  @Test
  void refuses_text_that_is_not_a_fingerprint() {
    assertThatIllegalArgumentException().isThrownBy(() -> ModelFingerprint.parse("E3B0"));
  }
}
