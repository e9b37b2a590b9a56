package io.github.bankcrm.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.scoring.ScoringArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoringModelProperties {

  @Provide
  Arbitrary<ScoringModel> models() {
    return ScoringArbitraries.models();
  }

  @Property
  void a_model_reads_back_equal_from_its_json(@ForAll("models") ScoringModel model) {
    ScoringModel reloaded = ScoringModels.load(ScoringModels.write(model)).get();

    assertThat(reloaded).isEqualTo(model);
    assertThat(reloaded.fingerprint()).isEqualTo(model.fingerprint());
  }

  @Property
  void the_canonical_form_is_stable(@ForAll("models") ScoringModel model) {
    String once = ScoringModels.write(model);

    assertThat(ScoringModels.write(ScoringModels.load(once).get())).isEqualTo(once);
  }
}
