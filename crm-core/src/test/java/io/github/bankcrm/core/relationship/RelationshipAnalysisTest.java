package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.relationship.RelationshipFixture.TODAY;
import static io.github.bankcrm.core.relationship.RelationshipFixture.owns;
import static io.github.bankcrm.core.relationship.RelationshipFixture.relationship;
import static io.github.bankcrm.core.relationship.RelationshipType.GROUP_MEMBERSHIP;
import static io.github.bankcrm.core.relationship.RelationshipType.GUARANTEE;
import static io.github.bankcrm.core.relationship.RelationshipType.PARENT_CHILD;
import static io.github.bankcrm.core.relationship.RelationshipType.PARENT_SUBSIDIARY;
import static io.github.bankcrm.core.relationship.RelationshipType.SPOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RelationshipAnalysisTest {

  private static RelationshipAnalysis analysisOf(Relationship... relationships) {
    return new RelationshipAnalysis(RelationshipGraph.of(Arrays.asList(relationships), TODAY));
  }

  private static CustomerId id(String value) {
    return CustomerId.of(value);
  }

  private static List<CustomerId> ids(String... values) {
    return Arrays.stream(values).map(CustomerId::of).toList();
  }

  @Nested
  class Household_of_a_person {

    @Test
    void is_everyone_reached_through_spouses_parents_and_children() {
      RelationshipAnalysis analysis =
          analysisOf(
              relationship("R1", "P1", SPOUSE, "P2", null),
              relationship("R2", "P1", PARENT_CHILD, "P3", null),
              relationship("R3", "P4", SPOUSE, "P3", null),
              relationship("R4", "P1", GUARANTEE, "P5", null),
              relationship("R5", "P6", SPOUSE, "P7", null));

      assertThat(analysis.household(id("P2")).members())
          .containsExactlyElementsOf(ids("P1", "P2", "P3", "P4"));
      assertThat(analysis.household(id("P5")).members()).containsExactly(id("P5"));
    }

    @Test
    void of_a_person_without_family_ties_is_the_person_alone() {
      RelationshipAnalysis analysis = analysisOf(relationship("R1", "P1", SPOUSE, "P2", null));

      assertThat(analysis.household(id("P9")))
          .isEqualTo(new Household(id("P9"), TODAY, java.util.Set.of(id("P9"))));
    }

    @Test
    void counts_only_ties_that_are_active_on_the_day() {
      Relationship divorced =
          relationship("R1", "P1", SPOUSE, "P2", null)
              .end(1, LocalDate.of(2024, 3, 1), TELLER, NOW)
              .get()
              .relationship();
      Relationship future =
          relationship("R2", "P1", PARENT_CHILD, "P3", null)
              .changeValidity(1, LocalDate.of(2027, 1, 1), null, TELLER, NOW)
              .get()
              .relationship();

      assertThat(analysisOf(divorced, future).household(id("P1")).members())
          .containsExactly(id("P1"));
    }

    @Test
    void spans_a_family_of_any_size() {
      List<Relationship> generations = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        generations.add(relationship("R" + i, "P" + i, PARENT_CHILD, "P" + (i + 1), null));
      }
      RelationshipAnalysis analysis =
          new RelationshipAnalysis(RelationshipGraph.of(generations, TODAY));

      assertThat(analysis.household(id("P100")).members()).hasSize(201);
    }

    @Test
    void is_not_asked_of_a_company() {
      RelationshipAnalysis analysis = analysisOf(owns("R1", "P1", "K1", "10"));

      assertThatThrownBy(() -> analysis.household(id("K1")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Corporate_group_of_a_company {

    private final RelationshipAnalysis analysis =
        analysisOf(
            relationship("R1", "K1", PARENT_SUBSIDIARY, "K2", null),
            relationship("R2", "K3", GROUP_MEMBERSHIP, "K1", null),
            owns("R3", "K2", "K4", "60"),
            owns("R4", "K1", "K5", "50"),
            owns("R5", "P1", "K6", "80"),
            owns("R6", "P1", "K7", "70"),
            owns("R7", "P2", "K1", "90"),
            relationship("R8", "K1", GUARANTEE, "K8", null));

    @Test
    void holds_parents_subsidiaries_declared_members_and_controlled_companies() {
      CorporateGroup group = analysis.corporateGroup(id("K4"));

      assertThat(group.members()).containsExactlyElementsOf(ids("K1", "K2", "K3", "K4"));
      assertThat(group.controllingPersons()).containsExactly(id("P2"));
    }

    @Test
    void a_stake_of_exactly_the_threshold_is_not_control() {
      assertThat(analysis.corporateGroup(id("K5")).members()).containsExactly(id("K5"));
      assertThat(analysis.corporateGroup(id("K5"), new BigDecimal(40)).members())
          .containsExactlyElementsOf(ids("K1", "K2", "K3", "K4", "K5"));
    }

    @Test
    void companies_controlled_by_one_person_form_one_group() {
      CorporateGroup group = analysis.corporateGroup(id("K6"));

      assertThat(group.members()).containsExactlyElementsOf(ids("K6", "K7"));
      assertThat(group.controllingPersons()).containsExactly(id("P1"));
    }

    @Test
    void is_not_asked_of_a_person() {
      assertThatThrownBy(() -> analysis.corporateGroup(id("P1")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_threshold_outside_0_to_100() {
      assertThatThrownBy(() -> analysis.corporateGroup(id("K1"), new BigDecimal("100.01")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Ultimate_beneficial_owners {

    @Test
    void direct_owners_above_25_percent_are_beneficial_owners() {
      BeneficialOwnership ubo =
          analysisOf(
                  owns("R1", "P1", "K1", "40"),
                  owns("R2", "P2", "K1", "25"),
                  owns("R3", "P3", "K1", "35"))
              .ultimateBeneficialOwners(id("K1"));

      assertThat(ubo.owners())
          .extracting(BeneficialOwner::customerId, BeneficialOwner::percentage)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(id("P1"), new BigDecimal("40.0000")),
              org.assertj.core.groups.Tuple.tuple(id("P3"), new BigDecimal("35.0000")));
      assertThat(ubo.untracedCompanies()).isEmpty();
    }

    @Test
    void ownership_is_multiplied_along_a_chain_and_the_chain_is_reported() {
      BeneficialOwnership ubo =
          analysisOf(owns("R1", "P1", "K2", "60"), owns("R2", "K2", "K1", "50"))
              .ultimateBeneficialOwners(id("K1"));

      BeneficialOwner owner = ubo.owners().get(0);
      assertThat(owner.percentage()).isEqualByComparingTo("30");
      assertThat(owner.chains())
          .containsExactly(
              new OwnershipChain(
                  List.of(
                      new OwnershipLink(RelationshipId.of("R1"), id("P1"), id("K2"), new BigDecimal("60.0000")),
                      new OwnershipLink(RelationshipId.of("R2"), id("K2"), id("K1"), new BigDecimal("50.0000"))),
                  new BigDecimal("30.0000")));
    }

    @Test
    void ownership_is_summed_over_every_chain() {
      BeneficialOwnership ubo =
          analysisOf(
                  owns("R1", "P1", "K1", "20"),
                  owns("R2", "P1", "K2", "60"),
                  owns("R3", "K2", "K1", "50"),
                  owns("R4", "P2", "K2", "40"))
              .ultimateBeneficialOwners(id("K1"));

      assertThat(ubo.owners()).hasSize(1);
      assertThat(ubo.owners().get(0).percentage()).isEqualByComparingTo("50");
      assertThat(ubo.owners().get(0).chains()).hasSize(2);
    }

    @Test
    void a_cross_holding_is_followed_once_and_a_ring_without_outside_owner_leads_to_no_one() {
      RelationshipAnalysis analysis =
          analysisOf(
              owns("R1", "K2", "K1", "50"),
              owns("R2", "K1", "K2", "50"),
              owns("R3", "P1", "K2", "50"),
              owns("R4", "K3", "K4", "100"),
              owns("R5", "K4", "K3", "100"));

      BeneficialOwnership ubo = analysis.ultimateBeneficialOwners(id("K1"), BigDecimal.TEN);
      assertThat(ubo.owners()).extracting(BeneficialOwner::customerId).containsExactly(id("P1"));
      assertThat(ubo.owners().get(0).percentage()).isEqualByComparingTo("25");
      BeneficialOwnership ring = analysis.ultimateBeneficialOwners(id("K3"), BigDecimal.ZERO);
      assertThat(ring.owners()).isEmpty();
      assertThat(ring.untracedCompanies()).isEmpty();
    }

    @Test
    void a_company_without_recorded_owners_at_the_top_is_reported_apart() {
      BeneficialOwnership ubo =
          analysisOf(
                  owns("R1", "KX", "K2", "80"),
                  owns("R2", "K2", "K1", "50"),
                  owns("R3", "P1", "K1", "30"))
              .ultimateBeneficialOwners(id("K1"));

      assertThat(ubo.owners()).extracting(BeneficialOwner::customerId).containsExactly(id("P1"));
      assertThat(ubo.untracedCompanies())
          .extracting(BeneficialOwner::customerId, BeneficialOwner::percentage)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(id("KX"), new BigDecimal("40.0000")));
    }

    @Test
    void arithmetic_is_exact_and_reported_at_four_decimal_places() {
      BeneficialOwnership ubo =
          analysisOf(
                  owns("R1", "P1", "K3", "33.3333"),
                  owns("R2", "K3", "K2", "99.9999"),
                  owns("R3", "K2", "K1", "99.9999"))
              .ultimateBeneficialOwners(id("K1"), BigDecimal.ZERO);

      // 33.3333 % x 99.9999 % x 99.9999 % = 33.33323333366667 %
      assertThat(ubo.owners().get(0).percentage()).isEqualTo(new BigDecimal("33.3332"));
    }

    @Test
    void a_long_chain_is_followed_to_its_top() {
      List<Relationship> chain = new java.util.ArrayList<>();
      chain.add(owns("R0", "P1", "K0", "100"));
      for (int i = 1; i <= 40; i++) {
        chain.add(owns("R" + i, "K" + (i - 1), "K" + i, "100"));
      }
      BeneficialOwnership ubo =
          new RelationshipAnalysis(RelationshipGraph.of(chain, TODAY)).ultimateBeneficialOwners(id("K40"));

      assertThat(ubo.owners()).hasSize(1);
      assertThat(ubo.owners().get(0).percentage()).isEqualByComparingTo("100");
      assertThat(ubo.owners().get(0).chains().get(0).links()).hasSize(41);
    }

    @Test
    void a_company_nobody_owns_has_no_beneficial_owner() {
      BeneficialOwnership ubo = analysisOf(owns("R1", "P1", "K1", "30")).ultimateBeneficialOwners(id("K9"));

      assertThat(ubo.owners()).isEmpty();
      assertThat(ubo.untracedCompanies()).isEmpty();
    }
  }

  @Nested
  class Views_in_JSON {

    @Test
    void every_view_round_trips() {
      RelationshipAnalysis analysis =
          analysisOf(
              relationship("R1", "P1", SPOUSE, "P2", null),
              owns("R2", "P1", "K2", "60"),
              owns("R3", "K2", "K1", "50"),
              owns("R4", "KX", "K1", "50"),
              relationship("R5", "K1", PARENT_SUBSIDIARY, "K3", null));

      Household household = analysis.household(id("P1"));
      CorporateGroup group = analysis.corporateGroup(id("K1"));
      BeneficialOwnership ubo = analysis.ultimateBeneficialOwners(id("K1"));

      assertThat(CrmJson.roundTrip(household, Household.class)).isEqualTo(household);
      assertThat(CrmJson.roundTrip(group, CorporateGroup.class)).isEqualTo(group);
      assertThat(CrmJson.roundTrip(ubo, BeneficialOwnership.class)).isEqualTo(ubo);
    }
  }
}
