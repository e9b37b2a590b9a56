package io.github.bankcrm.core.warning;

import static io.github.bankcrm.core.CrmJson.MAPPER;
import static io.github.bankcrm.core.warning.WarningFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WarningPolicyTest {

  static final CustomerId CUSTOMER = CustomerId.of("C1");

  static List<String> problems(WarningPolicy policy) {
    return policy.validate().getError().map(e -> e.path() + " " + e.code()).toJavaList();
  }

  static WarningFacts facts(long before, long now, int idleDays) {
    return new WarningFacts(WarningFixture.behaviour(CUSTOMER, before, now, AS_OF.minusDays(idleDays)), List.of(), List.of(),
        0, List.of(), List.of(), false);
  }

  @Nested
  class Loading {

    @Test
    void the_documented_example_reads_validates_and_round_trips() throws Exception {
      WarningPolicy policy = MAPPER.readValue(WarningFixture.RETAIL_JSON, WarningPolicy.class);

      assertThat(policy.validate().isValid()).isTrue();
      assertThat(policy.factors()).hasSize(7);
      assertThat(CrmJson.roundTrip(policy, WarningPolicy.class)).isEqualTo(policy);
    }

    @Test
    void unknown_properties_and_factor_names_are_refused() {
      String property = WarningFixture.RETAIL_JSON.replace("\"version\": 1,", "\"version\": 1, \"owner\": \"x\",");
      String factor = WarningFixture.RETAIL_JSON.replace("\"MANAGER_LEAVING\"", "\"WEATHER\"");

      assertThatThrownBy(() -> MAPPER.readValue(property, WarningPolicy.class)).isInstanceOf(UnrecognizedPropertyException.class);
      assertThatThrownBy(() -> MAPPER.readValue(factor, WarningPolicy.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void every_problem_is_reported_with_its_path() {
      WarningPolicy broken = new WarningPolicy("bad id", 0,
          Map.of(WarningFactor.COMPLAINTS, new FactorRule(null, 0, null),
              WarningFactor.LOAN_OVERDUE, new FactorRule(BigDecimal.ZERO, 10, 30)),
          Map.of(ComplaintSeverity.MINOR, -1),
          Map.of(WarningLevel.LOW, 20, WarningLevel.MEDIUM, 10, WarningLevel.HIGH, 40));

      assertThat(problems(broken))
          .containsExactlyInAnyOrder(
              "id invalid_format",
              "version out_of_range",
              "factors.COMPLAINTS.threshold required",
              "factors.COMPLAINTS.points out_of_range",
              "factors.COMPLAINTS.windowDays required",
              "factors.LOAN_OVERDUE.threshold out_of_range",
              "factors.LOAN_OVERDUE.windowDays not_used",
              "complaintWeights.MINOR out_of_range",
              "complaintWeights.MODERATE required",
              "complaintWeights.SERIOUS required",
              "complaintWeights.CRITICAL required",
              "levels.MEDIUM out_of_range",
              "levels.CRITICAL required");
    }
  }

  @Nested
  class Scoring {

    @Test
    void a_sharp_outflow_raises_a_medium_warning_with_its_reading() {
      WarningAssessment assessment = WarningFixture.retail().assess(facts(100_000, 40_000, 1)).orElseThrow();

      assertThat(assessment.level()).isEqualTo(WarningLevel.MEDIUM);
      assertThat(assessment.readings())
          .containsExactly(new FactorReading(WarningFactor.BALANCE_OUTFLOW, new BigDecimal("60.00"), BigDecimal.valueOf(30), 30));
      assertThat(assessment.policy()).isEqualTo(new PolicyVersion("retail-warning", 1));
    }

    @Test
    void a_calm_customer_raises_nothing() {
      assertThat(WarningFixture.retail().assess(WarningFixture.calm(CUSTOMER))).isEmpty();
    }

    @Test
    void factors_add_up_and_pick_the_highest_level_reached() {
      WarningFacts many = new WarningFacts(
          WarningFixture.behaviour(CUSTOMER, 100_000, 10_000, AS_OF.minusDays(160)),
          List.of(AS_OF.minusDays(40), AS_OF.minusDays(45)),
          List.of(new ComplaintFact(AS_OF.minusDays(10), ComplaintSeverity.SERIOUS), new ComplaintFact(AS_OF.minusDays(200), ComplaintSeverity.CRITICAL)),
          45, List.of(AS_OF.minusDays(5)), List.of(AS_OF.minusDays(3)), false);

      WarningAssessment assessment = WarningFixture.retail().assess(many).orElseThrow();

      assertThat(assessment.factors()).containsExactlyInAnyOrder(WarningFactor.values());
      assertThat(assessment.points()).isEqualTo(30 + 15 + 15 + 25 + 30 + 20 + 10);
      assertThat(assessment.level()).isEqualTo(WarningLevel.CRITICAL);
      assertThat(assessment.readings()).filteredOn(reading -> reading.factor() == WarningFactor.COMPLAINTS)
          .extracting(FactorReading::value).containsExactly(BigDecimal.valueOf(4));
      assertThat(assessment.readings()).filteredOn(reading -> reading.factor() == WarningFactor.FALLING_ACTIVITY)
          .extracting(FactorReading::value).containsExactly(new BigDecimal("100.00"));
    }

    @Test
    void a_leaving_manager_alone_stays_below_the_low_start() {
      WarningFacts leaving = new WarningFacts(WarningFixture.behaviour(CUSTOMER, 1000, 1000, AS_OF), List.of(), List.of(), 0,
          List.of(), List.of(), true);

      assertThat(WarningFixture.retail().assess(leaving)).isEmpty();
    }

    @Test
    void levels_start_where_the_policy_says() {
      WarningPolicy policy = WarningFixture.retail();

      assertThat(policy.levelOf(14)).isEmpty();
      assertThat(policy.levelOf(15)).contains(WarningLevel.LOW);
      assertThat(policy.levelOf(74)).contains(WarningLevel.HIGH);
      assertThat(policy.levelOf(75)).contains(WarningLevel.CRITICAL);
    }
  }
}
