package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchModelTest {

  private static final MatchModel MODEL = MatchModel.standard();

  @Nested
  class Decisions {

    @Test
    void the_same_person_with_a_typo_in_the_name_is_merged_and_explained() {
      NormalizedIdentity original = ResolutionFixture.wangXiaohong("C1").build();
      NormalizedIdentity typo = ResolutionFixture.wangXiaohong("C2").with(MatchField.NAME, "王晓红").build();

      MatchResult result = MODEL.compare(original, typo);

      assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_MERGE);
      assertThat(result.comparisons())
          .filteredOn(comparison -> comparison.field() == MatchField.RESIDENT_ID)
          .singleElement()
          .satisfies(comparison -> {
            assertThat(comparison.outcome()).isEqualTo(ComparisonOutcome.AGREE);
            assertThat(comparison.contribution()).isEqualTo(10.0);
          });
      assertThat(result.explain()).startsWith("AUTO_MERGE (score ").contains("RESIDENT_ID agree", "EMAIL missing");
    }

    @Test
    void two_different_valid_identity_numbers_block_an_automatic_merge() {
      NormalizedIdentity original = ResolutionFixture.wangXiaohong("C1").with(MatchField.EMAIL, "w@example.com").build();
      NormalizedIdentity other =
          ResolutionFixture.wangXiaohong("C2")
              .with(MatchField.EMAIL, "w@example.com")
              .with(MatchField.IDENTITY_DOCUMENT, "PASSPORT:CHN:E12345678")
              .with(MatchField.RESIDENT_ID, "110101199003070011")
              .build();
      NormalizedIdentity passport =
          ResolutionFixture.wangXiaohong("C1")
              .with(MatchField.EMAIL, "w@example.com")
              .with(MatchField.IDENTITY_DOCUMENT, "PASSPORT:CHN:E12345678")
              .build();

      MatchResult result = MODEL.compare(passport, other);

      assertThat(result.score()).isGreaterThanOrEqualTo(MODEL.autoMergeThreshold());
      assertThat(result.conflicts()).containsExactly(MatchField.RESIDENT_ID);
      assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
      assertThat(result.explain()).contains("conflicting [RESIDENT_ID]");
      assertThat(MODEL.compare(original, other).decision()).isNotEqualTo(MatchDecision.AUTO_MERGE);
    }

    @Test
    void a_namesake_born_the_same_day_is_no_match() {
      NormalizedIdentity one = ResolutionFixture.wangXiaohong("C1").build();
      NormalizedIdentity namesake =
          ResolutionFixture.wangXiaohong("C2")
              .with(MatchField.RESIDENT_ID, "110101194912310041")
              .with(MatchField.MOBILE, "13900000000")
              .with(MatchField.ADDRESS, "310115世纪大道100号")
              .build();

      assertThat(MODEL.compare(one, namesake).decision()).isEqualTo(MatchDecision.NO_MATCH);
    }

    @Test
    void the_same_name_birth_date_and_mobile_without_an_identity_number_goes_to_review() {
      NormalizedIdentity card = ResolutionFixture.wangXiaohong("C1").build();
      NormalizedIdentity passportOnly =
          ResolutionFixture.person("C2")
              .with(MatchField.NAME, "王小红")
              .with(MatchField.BIRTH_DATE, "1949-12-31")
              .with(MatchField.GENDER, "FEMALE")
              .with(MatchField.MOBILE, "13812345678")
              .build();

      MatchResult result = MODEL.compare(card, passportOnly);

      assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
      assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void the_result_does_not_depend_on_the_order_of_the_pair() {
      NormalizedIdentity one = ResolutionFixture.wangXiaohong("C1").build();
      NormalizedIdentity other = ResolutionFixture.wangXiaohong("C2").with(MatchField.NAME, "xiaohong wang").build();

      assertThat(MODEL.compare(other, one)).isEqualTo(MODEL.compare(one, other));
      assertThat(MODEL.compare(other, one).first().value()).isEqualTo("C1");
    }
  }

  @Nested
  class Validation {

    @Test
    void the_standard_model_is_valid() {
      assertThat(MODEL.validate().isValid()).isTrue();
    }

    @Test
    void every_problem_is_reported_with_its_path() {
      List<FieldRule> rules = new ArrayList<>();
      rules.add(new FieldRule(MatchField.NAME, FieldComparator.DATE, 0.0, -1.0, 2.0));
      rules.add(new FieldRule(MatchField.NAME, FieldComparator.EXACT, 1.0, 1.0, 0.0));
      rules.add(new FieldRule(null, null, null, null, null));
      rules.add(null);
      MatchModel model = new MatchModel(" ", 0, 5.0, 6.0, rules);

      List<FieldError> errors = model.validate().getError().toJavaList();

      assertThat(errors)
          .extracting(error -> error.path() + " " + error.code())
          .containsExactlyInAnyOrder(
              "id required",
              "version out_of_range",
              "reviewThreshold match_model.thresholds",
              "fields[0].comparator match_model.comparator",
              "fields[0].agreementThreshold out_of_range",
              "fields[0].agreeWeight out_of_range",
              "fields[0].disagreeWeight out_of_range",
              "fields[1].field match_model.repeated_field",
              "fields[2].field required",
              "fields[2].comparator required",
              "fields[2].agreementThreshold required",
              "fields[2].agreeWeight required",
              "fields[2].disagreeWeight required",
              "fields[3] required");
    }

    @Test
    void a_model_without_fields_or_thresholds_is_refused() {
      List<FieldError> errors = new MatchModel("m", 1, Double.NaN, null, null).validate().getError().toJavaList();

      assertThat(errors)
          .extracting(FieldError::path)
          .containsExactlyInAnyOrder("autoMergeThreshold", "reviewThreshold", "fields");
    }

    @Test
    void a_scan_refuses_an_invalid_model() {
      MatchModel invalid = new MatchModel("m", 1, 1.0, 2.0, List.of());
      assertThatThrownBy(() -> new DuplicateScan(IdentityNormalization.standard(), CandidateSearch.standard(), invalid))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Json {

    @Test
    void the_model_round_trips() {
      assertThat(CrmJson.roundTrip(MODEL, MatchModel.class)).isEqualTo(MODEL);
    }

    @Test
    void the_documented_example_reads() throws Exception {
      String json =
          """
          {"id": "standard", "version": 1, "autoMergeThreshold": 12.0, "reviewThreshold": 6.0,
           "fields": [
             {"field": "RESIDENT_ID", "comparator": "EXACT", "agreementThreshold": 1.0,
              "agreeWeight": 10.0, "disagreeWeight": -10.0},
             {"field": "NAME", "comparator": "JARO_WINKLER", "agreementThreshold": 0.88,
              "agreeWeight": 4.0, "disagreeWeight": -3.0}]}
          """;
      MatchModel model = CrmJson.MAPPER.readValue(json, MatchModel.class);

      assertThat(model.validate().isValid()).isTrue();
      assertThat(model.fields()).hasSize(2);
    }

    @Test
    void unknown_properties_are_refused() {
      String json = "{\"id\": \"m\", \"version\": 1, \"autoMerge\": 12.0}";
      assertThatThrownBy(() -> CrmJson.MAPPER.readValue(json, MatchModel.class))
          .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void results_round_trip() {
      MatchResult result =
          MODEL.compare(ResolutionFixture.wangXiaohong("C1").build(), ResolutionFixture.wangXiaohong("C2").build());
      assertThat(CrmJson.roundTrip(result, MatchResult.class)).isEqualTo(result);
    }
  }
}
