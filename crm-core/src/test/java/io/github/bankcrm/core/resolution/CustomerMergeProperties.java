package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerArbitraries;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfile;
import io.github.bankcrm.core.customer.PhoneNumber;
import io.github.bankcrm.core.customer.PostalAddress;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Merging two records of one person loses nothing, and undoing the merge restores both records exactly.
 * The pairs are two generated people, the second given the first's resident identity card (and birth
 * date and gender) so that they are mergeable: what differs is everything else.
 */
class CustomerMergeProperties {

  private static final CustomerMerge MERGE = new CustomerMerge(Survivorship.mostRecent());
  private static final Actor OFFICER = Actor.of("dq-officer");

  record Pair(IndividualCustomer survivor, IndividualCustomer absorbed) {
    /** A moment after both records were last changed. */
    java.time.Instant later() {
      return (survivor.updatedAt().isAfter(absorbed.updatedAt()) ? survivor.updatedAt() : absorbed.updatedAt())
          .plusSeconds(60);
    }
  }

  @Property(tries = 200)
  void nothing_either_record_holds_is_lost(@ForAll("pairs") Pair pair) {
    CustomerMerge.Merge merge = MERGE.merge(MergeId.of("M1"), pair.survivor(), pair.absorbed(), OFFICER, pair.later()).get();
    IndividualProfile merged =
        merge.survivorUpdate() == null ? pair.survivor().profile() : ((IndividualCustomer) merge.survivorUpdate().customer()).profile();

    for (IndividualCustomer source : List.of(pair.survivor(), pair.absorbed())) {
      IndividualProfile profile = source.profile();
      assertThat(merged.contact().phones()).extracting(PhoneNumber::value)
          .containsAll(profile.contact().phones().stream().map(PhoneNumber::value).toList());
      assertThat(merged.contact().addresses()).extracting(PostalAddress::type)
          .containsAll(profile.contact().addresses().stream().map(PostalAddress::type).toList());
      if (profile.contact().mobile() != null) {
        assertThat(merged.contact().mobile()).isNotNull();
      }
      if (profile.contact().email() != null) {
        assertThat(merged.contact().email()).isNotNull();
      }
    }
    assertThat(merged.identityDocuments()).isEqualTo(pair.survivor().profile().identityDocuments());
    assertThat(merge.record().fieldSources()).containsOnlyKeys(MergeField.values());
    assertThat(merge.events()).singleElement().isInstanceOf(MergeEvent.CustomersMerged.class);
  }

  @Property(tries = 200)
  void merge_then_undo_restores_every_record_exactly(@ForAll("pairs") Pair pair) {
    CustomerMerge.Merge merge = MERGE.merge(MergeId.of("M1"), pair.survivor(), pair.absorbed(), OFFICER, pair.later()).get();
    IndividualCustomer afterMerge =
        merge.survivorUpdate() == null ? pair.survivor() : (IndividualCustomer) merge.survivorUpdate().customer();

    CustomerMerge.Undo undo = MERGE.undo(merge.record(), afterMerge, OFFICER, pair.later().plusSeconds(60)).get();
    IndividualCustomer restored =
        undo.survivorUpdate() == null ? afterMerge : (IndividualCustomer) undo.survivorUpdate().customer();

    assertThat(restored.profile()).isEqualTo(pair.survivor().profile());
    assertThat(restored.owningUnit()).isEqualTo(pair.survivor().owningUnit());
    assertThat(restored.relationshipManager()).isEqualTo(pair.survivor().relationshipManager());
    assertThat(restored.kycRiskRating()).isEqualTo(pair.survivor().kycRiskRating());
    assertThat(undo.record().absorbedBefore()).isEqualTo(pair.absorbed());
    assertThat(undo.record().isUndone()).isTrue();
    assertThat(MERGE.undo(undo.record(), restored, OFFICER, pair.later()).getLeft()).isInstanceOf(MergeError.AlreadyUndone.class);
  }

  @Property(tries = 100)
  void the_merge_record_round_trips_through_json(@ForAll("pairs") Pair pair) {
    MergeRecord record = MERGE.merge(MergeId.of("M1"), pair.survivor(), pair.absorbed(), OFFICER, pair.later()).get().record();

    assertThat(CrmJson.roundTrip(record, MergeRecord.class)).isEqualTo(record);
    assertThat(record.toString()).doesNotContain(pair.survivor().profile().name().legalName());
  }

  @Provide
  Arbitrary<Pair> pairs() {
    return Combinators.combine(CustomerArbitraries.individualCustomers(), CustomerArbitraries.individualCustomers())
        .as((first, second) -> pair((IndividualCustomer) first, (IndividualCustomer) second))
        .filter(pair -> !pair.survivor().id().equals(pair.absorbed().id()));
  }

  private static Pair pair(IndividualCustomer survivor, IndividualCustomer other) {
    IndividualProfile mine = survivor.profile();
    IndividualProfile theirs = other.profile();
    List<IdentityDocument> documents = new ArrayList<>();
    mine.identityDocuments().stream().filter(d -> d.type() == IdentityDocumentType.RESIDENT_ID_CARD).forEach(documents::add);
    theirs.identityDocuments().stream()
        .filter(d -> d.type() != IdentityDocumentType.RESIDENT_ID_CARD)
        .filter(d -> documents.stream().noneMatch(kept -> kept.key().equals(d.key())))
        .forEach(documents::add);
    if (documents.isEmpty()) {
      documents.addAll(mine.identityDocuments());
    }
    IndividualProfile absorbedProfile =
        new IndividualProfile(
            theirs.name(), documents, mine.birthDate(), mine.gender(), mine.nationality(), theirs.maritalStatus(),
            theirs.education(), theirs.employment(), theirs.household(), theirs.contact());
    Customer absorbed =
        new IndividualCustomer(
            CustomerId.of(other.id().value().length() > 38 ? "X" + other.id().value().substring(0, 30) : "X" + other.id().value()),
            other.version(), other.owningUnit(), other.relationshipManager(), other.kycRiskRating(),
            other.createdAt(), other.updatedAt(), absorbedProfile);
    return new Pair(survivor, (IndividualCustomer) absorbed);
  }
}
