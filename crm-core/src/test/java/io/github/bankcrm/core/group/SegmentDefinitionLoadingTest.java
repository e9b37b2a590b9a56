package io.github.bankcrm.core.group;

import static io.github.bankcrm.core.CrmJson.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SegmentDefinitionLoadingTest {

  static final String GRADUATES_JSON =
      """
      {"id": "graduates-bj", "name": "Graduate students in Beijing", "version": 3,
       "rule": {"type": "all", "rules": [
         {"type": "education", "levels": ["MASTER", "DOCTORATE"]},
         {"type": "region", "divisionPrefix": "11", "addressType": null},
         {"type": "ageBand", "min": 22, "max": 28},
         {"type": "balanceBand", "productTypes": ["DEPOSIT"], "currency": "CNY", "min": null, "max": 50000}]}}
      """;

  private static List<String> problems(SegmentDefinition definition) {
    return definition.validate().getError().map(e -> e.path() + " " + e.code()).toJavaList();
  }

  @Nested
  class Json {

    @Test
    void the_documented_example_reads_and_validates() throws Exception {
      SegmentDefinition definition = MAPPER.readValue(GRADUATES_JSON, SegmentDefinition.class);

      assertThat(definition.validate().isValid()).isTrue();
      assertThat(definition.rule())
          .isEqualTo(
              SegmentRule.all(
                  new SegmentRule.EducationIn(Set.of(Education.MASTER, Education.DOCTORATE)),
                  new SegmentRule.Region("11", null),
                  new SegmentRule.AgeBand(22, 28),
                  new SegmentRule.BalanceBand(Set.of(ProductType.DEPOSIT), "CNY", null, new BigDecimal("50000"))));
      assertThat(CrmJson.roundTrip(definition, SegmentDefinition.class)).isEqualTo(definition);
    }

    @Test
    void an_unknown_rule_type_name_is_refused() {
      String json = GRADUATES_JSON.replace("\"type\": \"region\"", "\"type\": \"postcode\"");

      assertThatThrownBy(() -> MAPPER.readValue(json, SegmentDefinition.class))
          .isInstanceOf(InvalidTypeIdException.class);
    }

    @Test
    void a_class_name_as_type_is_refused() {
      String json =
          GRADUATES_JSON.replace(
              "\"type\": \"region\"", "\"type\": \"io.github.bankcrm.core.group.SegmentRule$Region\"");

      assertThatThrownBy(() -> MAPPER.readValue(json, SegmentDefinition.class))
          .isInstanceOf(InvalidTypeIdException.class);
    }

    @Test
    void an_unknown_property_is_refused() {
      String inRule = GRADUATES_JSON.replace("\"min\": 22,", "\"min\": 22, \"inclusive\": true,");
      String atTop = GRADUATES_JSON.replace("\"version\": 3,", "\"version\": 3, \"owner\": \"x\",");

      assertThatThrownBy(() -> MAPPER.readValue(inRule, SegmentDefinition.class))
          .isInstanceOf(UnrecognizedPropertyException.class);
      assertThatThrownBy(() -> MAPPER.readValue(atTop, SegmentDefinition.class))
          .isInstanceOf(UnrecognizedPropertyException.class);
    }
  }

  @Nested
  class Validation {

    @Test
    void every_problem_is_reported_with_its_path() throws Exception {
      String json =
          """
          {"id": "bad", "name": " ", "version": 0,
           "rule": {"type": "all", "rules": [
             {"type": "any", "rules": []},
             {"type": "not", "rule": {"type": "ageBand", "min": 30, "max": 20}},
             {"type": "ageBand", "min": -1, "max": 200},
             {"type": "balanceBand", "productTypes": [], "currency": "XYZ", "min": 100, "max": 10},
             {"type": "region", "divisionPrefix": "110"},
             {"type": "industry", "codePrefix": "c35"},
             {"type": "education", "levels": []},
             {"type": "kycRating", "ratings": []},
             {"type": "tier", "tiers": ["", "PLATINUM"]},
             {"type": "productsHeld", "products": ["LOAN"]},
             {"type": "customerKind"},
             {"type": "balanceBand", "productTypes": ["LOAN"], "currency": "CNY", "min": -5},
             null]}}
          """;

      SegmentDefinition definition = MAPPER.readValue(json, SegmentDefinition.class);

      assertThat(problems(definition))
          .containsExactly(
              "name required",
              "version out_of_range",
              "rule.all[0].any empty",
              "rule.all[1].not.ageBand.min out_of_range",
              "rule.all[2].ageBand.min out_of_range",
              "rule.all[2].ageBand.max out_of_range",
              "rule.all[3].balanceBand.productTypes empty",
              "rule.all[3].balanceBand.currency currency.unknown",
              "rule.all[3].balanceBand.min out_of_range",
              "rule.all[4].region.divisionPrefix invalid_format",
              "rule.all[5].industry.codePrefix invalid_format",
              "rule.all[6].education.levels empty",
              "rule.all[7].kycRating.ratings empty",
              "rule.all[8].tier.tiers invalid_format",
              "rule.all[9].productsHeld.match required",
              "rule.all[10].customerKind.kind required",
              "rule.all[11].balanceBand.min out_of_range",
              "rule.all[12] required");
    }

    @Test
    void messages_explain_the_rule_and_a_missing_rule_is_required() {
      SegmentDefinition definition = new SegmentDefinition(null, "x", 1, null);

      assertThat(problems(definition)).containsExactly("id required", "rule required");
      assertThat(new SegmentDefinition(SegmentId.of("s"), "x", 1, new SegmentRule.AgeBand(null, null))
              .validate().getError().map(FieldError::toString))
          .containsExactly("rule.ageBand: needs a min, a max or both [empty]");
    }

    @Test
    void rules_nested_deeper_than_the_limit_are_refused_where_the_limit_is_crossed() {
      SegmentRule rule = new SegmentRule.KindIs(io.github.bankcrm.core.customer.CustomerKind.INDIVIDUAL);
      for (int level = 1; level < SegmentDefinition.MAX_DEPTH; level++) {
        rule = SegmentRule.not(rule);
      }
      SegmentDefinition atTheLimit = new SegmentDefinition(SegmentId.of("s"), "deep", 1, rule);
      SegmentDefinition beyond = new SegmentDefinition(SegmentId.of("s"), "deep", 1, SegmentRule.all(rule));

      assertThat(atTheLimit.validate().isValid()).isTrue();
      List<String> path = new ArrayList<>(List.of("rule.all[0]"));
      path.addAll(Arrays.asList(".not".repeat(SegmentDefinition.MAX_DEPTH - 1).split("(?=\\.)")));
      assertThat(problems(beyond)).containsExactly(String.join("", path) + " too_deep");
    }

    @Test
    void evaluating_an_invalid_definition_is_a_programmer_error() {
      SegmentDefinition invalid = new SegmentDefinition(SegmentId.of("s"), "x", 1, SegmentRule.all());

      assertThatThrownBy(
              () ->
                  SegmentEvaluation.evaluate(
                      invalid, SegmentFixture.TODAY, List.of(), Set.of(),
                      io.github.bankcrm.core.customer.CustomerFixture.TELLER,
                      io.github.bankcrm.core.customer.CustomerFixture.NOW))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rule.all: must hold at least one rule");
    }
  }
}
