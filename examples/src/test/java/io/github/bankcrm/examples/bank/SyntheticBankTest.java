package io.github.bankcrm.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.interaction.InteractionType;
import io.github.bankcrm.core.relationship.EstablishRelationship;
import io.github.bankcrm.core.relationship.RelationshipType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SyntheticBankTest {

  static final SyntheticBank.Config CONFIG = SyntheticBank.Config.of(42, 5_000);

  static List<SyntheticCustomer> generate(SyntheticBank.Config config) {
    return new SyntheticBank(config).customers().toList();
  }

  static final List<SyntheticCustomer> BANK = generate(CONFIG);

  @Nested
  class Determinism {

    @Test
    void the_same_seed_gives_the_same_bank() {
      assertThat(generate(CONFIG)).isEqualTo(BANK);
    }

    @Test
    void a_smaller_bank_of_the_same_seed_is_a_prefix_of_the_larger_one() {
      assertThat(generate(CONFIG.withSize(700))).isEqualTo(BANK.subList(0, 700));
    }

    @Test
    void another_seed_gives_another_bank() {
      assertThat(generate(SyntheticBank.Config.of(43, 200))).isNotEqualTo(BANK.subList(0, 200));
    }

    @Test
    void exactly_the_configured_number_of_customers_with_unique_numbers() {
      assertThat(BANK).hasSize(5_000);
      assertThat(BANK.stream().map(SyntheticCustomer::id).distinct()).hasSize(5_000);
    }
  }

  @Nested
  class IdentityNumbers {

    @Test
    void every_resident_id_and_credit_code_passes_crm_core_validation_and_only_planted_duplicates_share_one() {
      Set<String> residentIds = new HashSet<>();
      Set<String> creditCodes = new HashSet<>();
      for (SyntheticCustomer synthetic : BANK) {
        Customer customer = synthetic.registration().customer();
        if (customer instanceof CorporateCustomer corporate) {
          String code = corporate.profile().creditCode().value();
          assertThat(UnifiedSocialCreditCode.parse(code).isValid()).isTrue();
          assertThat(creditCodes.add(code)).isTrue();
        } else {
          for (IdentityDocument document : ((IndividualCustomer) customer).profile().identityDocuments()) {
            document.residentIdNumber().ifPresent(number -> {
              assertThat(ResidentIdNumber.parse(number.value()).isValid()).isTrue();
              boolean isNew = residentIds.add(number.value());
              boolean plantedOldNumber = synthetic.plantedDuplicate()
                  .filter(d -> d.kind() == PlantedDuplicate.Kind.OLD_ID_NUMBER).isPresent();
              assertThat(isNew).isNotEqualTo(plantedOldNumber);
            });
          }
        }
      }
      assertThat(creditCodes).isNotEmpty();
      assertThat(residentIds.size()).isGreaterThan(3_000);
    }
  }

  @Nested
  class Distributions {

    @Test
    void a_few_customers_hold_most_of_the_money_and_some_lose_money() {
      Map<ValueTier, Long> tiers = BANK.stream()
          .collect(Collectors.groupingBy(SyntheticCustomer::tier, Collectors.counting()));
      assertThat(tiers.get(ValueTier.PRIVATE_BANKING)).isBetween(2L, 250L);
      assertThat(tiers.get(ValueTier.AFFLUENT)).isLessThan(tiers.get(ValueTier.MASS) / 4);
      assertThat(tiers.get(ValueTier.LOSS_MAKING)).isBetween(250L, 1_200L);

      List<Double> balances = BANK.stream()
          .filter(c -> c.duplicate() == null)
          .map(c -> c.accounts().stream().mapToDouble(a -> a.opening().openingBalance().doubleValue()).sum())
          .sorted((a, b) -> Double.compare(b, a))
          .toList();
      double total = balances.stream().mapToDouble(Double::doubleValue).sum();
      double topFifth = balances.subList(0, balances.size() / 5).stream().mapToDouble(Double::doubleValue).sum();
      assertThat(topFifth / total).isGreaterThan(0.6);
    }

    @Test
    void corporates_loans_overdue_loans_and_complaints_come_roughly_as_configured() {
      long corporates = BANK.stream().filter(c -> c.registration().customer() instanceof CorporateCustomer).count();
      long loans = BANK.stream().mapToLong(c -> c.loans().size()).sum();
      long overdue = BANK.stream().flatMap(c -> c.loans().stream()).filter(SyntheticLoan::isOverdue).count();
      long complaining = BANK.stream()
          .filter(c -> c.interactions().stream().anyMatch(i -> i.type() == InteractionType.COMPLAINT)).count();

      assertThat(corporates).isBetween(500L, 1_500L);
      assertThat(loans).isBetween(500L, 1_800L);
      assertThat(overdue).isBetween(30L, 400L);
      assertThat(complaining).isBetween(100L, 350L);
    }

    @Test
    void households_and_ownership_chains_point_to_customers_generated_earlier() {
      Set<CustomerId> seen = new HashSet<>();
      Map<RelationshipType, Long> links = new EnumMap<>(RelationshipType.class);
      for (SyntheticCustomer customer : BANK) {
        for (EstablishRelationship link : customer.links()) {
          assertThat(link.validate().isValid()).isTrue();
          String other = link.fromCustomer().equals(customer.id().value()) ? link.toCustomer() : link.fromCustomer();
          assertThat(seen).contains(CustomerId.of(other));
          links.merge(link.type(), 1L, Long::sum);
        }
        seen.add(customer.id());
      }
      assertThat(links).containsOnlyKeys(RelationshipType.SPOUSE, RelationshipType.PARENT_CHILD,
          RelationshipType.SHAREHOLDING, RelationshipType.LEGAL_REPRESENTATIVE);
    }
  }

  @Nested
  class PlantedDuplicates {

    @Test
    void every_duplicate_names_an_earlier_original_of_every_kind() {
      Map<CustomerId, SyntheticCustomer> byId = BANK.stream()
          .collect(Collectors.toMap(SyntheticCustomer::id, Function.identity()));
      List<PlantedDuplicate> planted = BANK.stream().flatMap(c -> c.plantedDuplicate().stream()).toList();

      assertThat(planted).hasSizeBetween(60, 300);
      assertThat(planted).extracting(PlantedDuplicate::kind).contains(PlantedDuplicate.Kind.values());
      for (PlantedDuplicate duplicate : planted) {
        IndividualCustomer original = (IndividualCustomer) byId.get(duplicate.original()).registration().customer();
        IndividualCustomer copy = (IndividualCustomer) byId.get(duplicate.duplicate()).registration().customer();
        assertThat(copy.profile().birthDate()).isEqualTo(original.profile().birthDate());
        assertThat(byId.get(duplicate.original()).duplicate()).isNull();
      }
    }
  }

  @Nested
  class Configuration {

    @Test
    void sizes_and_shares_out_of_range_are_programming_errors() {
      assertThatThrownBy(() -> SyntheticBank.Config.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> SyntheticBank.Config.of(1, 10_000_001)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new SyntheticBank.Config(1, 10, 1.5, 0, 0, 1.16, 0, 0, 0, 0, 0, 0, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ten_million_customers_stream_without_holding_them() {
      long first = new SyntheticBank(SyntheticBank.Config.of(7, SyntheticBank.Config.MAX_SIZE)).customers()
          .limit(3).count();
      assertThat(first).isEqualTo(3);
    }
  }
}
