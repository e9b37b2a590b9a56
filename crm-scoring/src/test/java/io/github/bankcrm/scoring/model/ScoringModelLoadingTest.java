package io.github.bankcrm.scoring.model;

import static io.github.bankcrm.scoring.model.ModelJson.at;
import static io.github.bankcrm.scoring.model.ModelJson.defaultWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringModelLoadingTest {

  private static Seq<FieldError> errors(String json) {
    Validation<Seq<FieldError>, ScoringModel> loaded = ScoringModels.load(json);
    assertThat(loaded.isInvalid()).as("refused").isTrue();
    return loaded.getError();
  }

  private static String pathsAndCodes(Seq<FieldError> errors) {
    return errors.map(e -> e.path() + " " + e.code()).mkString("\n");
  }

  @Nested
  class The_shipped_default_model {

    @Test
    void loads_and_validates() {
      ScoringModel model = ScoringModels.defaultModel();

      assertThat(model.id()).isEqualTo("retail-value-example");
      assertThat(model.version()).isEqualTo(1);
      assertThat(model.tiers()).extracting(TierCutOff::name).containsExactly("PLATINUM", "PREMIUM", "ORDINARY");
      assertThat(model.validate().isValid()).isTrue();
    }

    @Test
    void is_the_only_kind_of_model_a_scorer_accepts() {
      ScoringModel unchecked = new ScoringModel("m", 1, "CNY", null, null, null, null, null, null, null, null, null);

      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> io.github.bankcrm.scoring.score.ValueScorer.of(unchecked));
    }

    @Test
    void reads_decimals_exactly() {
      assertThat(ScoringModels.defaultModel().rates().get(0).fundsTransferPrice())
          .isEqualTo(new BigDecimal("0.0200"));
    }
  }

  @Nested
  class Every_problem_is_reported_with_its_path {

    @Test
    void weights_cut_offs_rates_and_currencies_at_once() {
      String json =
          defaultWith(
              tree -> {
                at(tree, "/score/factors/0").put("weight", new BigDecimal("0.50"));
                at(tree, "/tiers/1").put("minScore", 800);
                at(tree, "/rates/3").put("fundsTransferPrice", new BigDecimal("-0.01"));
                at(tree, "/rates/4").put("currency", "EUR");
                at(tree, "/rfm").set("frequency", tree.arrayNode().add(60).add(70).add(12).add(4));
                ((ObjectNode) tree.at("/lifetimeValue/retention")).remove("DORMANT");
                at(tree, "/vipRules/1/when").put("minAge", 40);
              });

      assertThat(pathsAndCodes(errors(json)))
          .isEqualTo(
              String.join(
                  "\n",
                  "rates[3].fundsTransferPrice out_of_range",
                  "rates[4].currency currency.not_listed",
                  "rfm.frequency[1] order.not_descending",
                  "lifetimeValue.retention.DORMANT required",
                  "score.factors score.weights_sum",
                  "tiers[1].minScore order.not_descending",
                  "vipRules[1].when.maxAge out_of_range"));
    }

    @Test
    void missing_sections() {
      String json = "{\"id\": \"m\", \"version\": 0}";

      assertThat(errors(json).map(FieldError::path))
          .containsExactly(
              "version",
              "currencies",
              "reportingCurrency",
              "rates",
              "channelCosts",
              "rfm",
              "lifetimeValue",
              "score",
              "lossMakingTier",
              "tiers",
              "vipRules");
    }

    @Test
    void duplicates_and_tiers_that_do_not_reach_zero() {
      String json =
          defaultWith(
              tree -> {
                ((ArrayNode) tree.get("rates")).add(at(tree, "/rates/0").deepCopy());
                at(tree, "/tiers/2").put("minScore", 100);
                at(tree, "/tiers/1").put("name", "PLATINUM");
                at(tree, "/score/factors/2").put("fullAt", 5);
              });

      assertThat(pathsAndCodes(errors(json)))
          .isEqualTo(
              String.join(
                  "\n",
                  "rates[7] duplicate",
                  "score.factors[2].fullAt score.full_at_not_allowed",
                  "tiers[1].name duplicate",
                  "tiers[2].minScore tiers.last_not_zero"));
    }

    @Test
    void messages_never_echo_values() {
      String json = defaultWith(tree -> at(tree, "/currencies/1").put("code", "XQZ"));

      Seq<FieldError> errors = errors(json);
      assertThat(pathsAndCodes(errors)).contains("currencies[1].code currency.unknown");
      assertThat(errors.map(FieldError::message).mkString()).doesNotContain("XQZ");
    }
  }

  @Nested
  class The_shape_of_the_document_is_strict {

    @Test
    void an_unknown_property_is_refused_with_its_path() {
      String json = defaultWith(tree -> at(tree, "/score/factors/1").put("bonus", 5));

      assertThat(pathsAndCodes(errors(json))).isEqualTo("score.factors[1].bonus unknown_property");
    }

    @Test
    void an_unknown_product_is_refused() {
      String json = defaultWith(tree -> at(tree, "/rates/2").put("product", "MORTGAGE"));

      assertThat(pathsAndCodes(errors(json))).isEqualTo("rates[2].product invalid_value");
    }

    @Test
    void a_fraction_is_not_a_version() {
      String json = defaultWith(tree -> tree.put("version", 1.5));

      assertThat(pathsAndCodes(errors(json))).isEqualTo("version invalid_value");
    }

    @Test
    void malformed_json_is_refused_with_its_location() {
      Seq<FieldError> errors = errors("{\"id\": ");

      assertThat(errors.head().code()).isEqualTo("malformed_json");
      assertThat(errors.head().message()).contains("line 1");
    }
  }

  @Nested
  class The_fingerprint {

    @Test
    void ignores_formatting() {
      String compact = ScoringModels.write(ScoringModels.defaultModel());
      ScoringModel reloaded = ScoringModels.load(compact.replace(",", ",\n  ")).get();

      assertThat(reloaded.fingerprint()).isEqualTo(ScoringModels.defaultModel().fingerprint());
    }

    @Test
    void changes_with_one_weight() {
      String json =
          defaultWith(
              tree -> {
                at(tree, "/score/factors/0").put("weight", new BigDecimal("0.35"));
                at(tree, "/score/factors/1").put("weight", new BigDecimal("0.35"));
              });

      assertThat(ScoringModels.load(json).get().fingerprint())
          .isNotEqualTo(ScoringModels.defaultModel().fingerprint());
    }
  }
}
