package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.resolution.MergeWorld.ABSORBED;
import static io.github.bankcrm.core.resolution.MergeWorld.SCOPE;
import static io.github.bankcrm.core.resolution.MergeWorld.SPOUSE;
import static io.github.bankcrm.core.resolution.MergeWorld.SURVIVOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.group.GroupId;
import io.github.bankcrm.core.group.GroupMember;
import io.github.bankcrm.core.group.GroupType;
import io.github.bankcrm.core.group.MemberRole;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.HoldingFixture;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.holding.OwnershipRole;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A person recorded twice: the absorbed record owns a joint account with the spouse, guarantees a loan,
 * is the head of a household and has a lifecycle; the survivor has its own loan and lifecycle. A merge
 * moves everything to the survivor; an undo puts it all back; a failure half-way leaves all as before.
 * Every adapter runs these unchanged over its own ports (the merge works through the ports only).
 */
public abstract class MergeExecutionContract {

  private static final Actor OFFICER = Actor.of("dq-officer");
  private static final Instant LATER = NOW.plusSeconds(3600);

  private MergeWorld world;
  private Map<String, Object> before;

  /**
   * Fresh, empty stores of the adapter under test.
   *
   * @return the ports
   */
  protected abstract MergeWorld.Ports newPorts();

  /**
   * The world of the running test.
   *
   * @return the world
   */
  protected MergeWorld world() {
    return world;
  }

  @BeforeEach
  void aPersonRecordedTwice() {
    world = new MergeWorld(newPorts());
    world.openAccount("A1", HoldingFixture.DEPOSIT_NUMBER, ABSORBED);
    world.addHolder("A1", SPOUSE, OwnershipRole.JOINT_OWNER);
    world.openAccount("A2", HoldingFixture.CARD_NUMBER, SURVIVOR);
    world.signLoan("L1", SURVIVOR);
    world.signLoan("L2", SPOUSE);
    world.guarantee("L2", ABSORBED, "200000.00");
    world.group("G1", GroupType.HOUSEHOLD);
    world.join("G1", ABSORBED, MemberRole.HEAD, true);
    world.join("G1", SPOUSE, MemberRole.MEMBER, true);
    world.startLifecycle(ABSORBED, LifecycleStage.ONBOARDING);
    world.startLifecycle(SURVIVOR, LifecycleStage.PROSPECT);
    before = world.state();
  }

  private MergeExecution.Outcome merged() {
    return world.execution.merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW)
        .getOrElseThrow(error -> new AssertionError(error.message()));
  }

  @Nested
  class A_merge {

    @Test
    void hands_the_joint_account_the_guarantee_and_the_household_role_to_the_survivor() {
      merged();

      assertThat(world.accounts.findById(SCOPE, AccountId.of("A1")).orElseThrow().holders())
          .containsExactly(new AccountHolder(SPOUSE, OwnershipRole.JOINT_OWNER), new AccountHolder(SURVIVOR, OwnershipRole.OWNER));
      assertThat(world.loans.ofGuarantor(SCOPE, SURVIVOR)).extracting(contract -> contract.id().value()).containsExactly("L2");
      assertThat(world.groups.findById(SCOPE, GroupId.of("G1")).orElseThrow().member(SURVIVOR))
          .contains(new GroupMember(SURVIVOR, MemberRole.HEAD, true));
      assertThat(world.anythingPointsTo(ABSORBED)).isFalse();
    }

    @Test
    void records_every_move_and_counts_them_in_the_event() {
      MergeExecution.Outcome outcome = merged();

      assertThat(outcome.record().moved())
          .extracting(MovedItem::kind, MovedItem::action)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(MoveKind.ACCOUNT_HOLDER, MoveAction.TRANSFERRED),
              org.assertj.core.groups.Tuple.tuple(MoveKind.LOAN_GUARANTOR, MoveAction.REMOVED),
              org.assertj.core.groups.Tuple.tuple(MoveKind.LOAN_GUARANTOR, MoveAction.ADDED),
              org.assertj.core.groups.Tuple.tuple(MoveKind.GROUP_MEMBER, MoveAction.REMOVED),
              org.assertj.core.groups.Tuple.tuple(MoveKind.GROUP_MEMBER, MoveAction.ADDED),
              org.assertj.core.groups.Tuple.tuple(MoveKind.LIFECYCLE, MoveAction.RETAINED));
      assertThat(outcome.events()).containsExactly(
          new MergeEvent.CustomersMerged(MergeId.of("M1"), SURVIVOR, ABSORBED, 6, OFFICER, NOW));
    }

    @Test
    void keeps_the_survivors_lifecycle_and_leaves_the_absorbed_one_readable() {
      merged();

      assertThat(world.lifecycles.find(SCOPE, SURVIVOR).orElseThrow().stage()).isEqualTo(LifecycleStage.PROSPECT);
      assertThat(world.lifecycles.find(SCOPE, ABSORBED).orElseThrow().stage()).isEqualTo(LifecycleStage.ONBOARDING);
    }
  }

  @Nested
  class An_undo {

    @Test
    void returns_every_port_to_exactly_the_state_before() {
      MergeExecution.Outcome outcome = world.execution.undo(SCOPE, merged().record().id(), OFFICER, LATER).get();

      assertThat(world.state()).isEqualTo(before);
      assertThat(outcome.record().isUndone()).isTrue();
      assertThat(outcome.events()).containsExactly(
          new MergeEvent.MergeUndone(MergeId.of("M1"), SURVIVOR, ABSORBED, 6, OFFICER, LATER));
    }

    @Test
    void is_refused_when_a_moved_item_changed_since() {
      MergeRecord record = merged().record();
      world.addHolder("A1", CustomerStoreFixture.C2, OwnershipRole.BENEFICIARY);
      Map<String, Object> changed = world.state();

      assertThat(world.execution.undo(SCOPE, record.id(), OFFICER, LATER).getLeft())
          .isEqualTo(new MergeError.MovedItemChanged(MoveKind.ACCOUNT_HOLDER, "A1", 3, 4));
      assertThat(world.state()).isEqualTo(changed);
    }

    @Test
    void is_refused_a_second_time() {
      MergeRecord undone = world.execution.undo(SCOPE, merged().record().id(), OFFICER, LATER).get().record();

      assertThat(world.execution.undo(SCOPE, undone.id(), OFFICER, LATER).getLeft()).isEqualTo(new MergeError.AlreadyUndone());
    }
  }

  @Nested
  class A_failure_half_way {

    @Test
    void of_any_save_of_the_merge_leaves_everything_as_before() {
      for (int n = 1; n <= 5; n++) {
        world.failSave(n);

        MergeError error = world.execution.merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW).getLeft();

        assertThat(error).isInstanceOf(MergeError.MoveRefused.class);
        assertThat(((MergeError.MoveRefused) error).causeCode()).isEqualTo("storage_failure");
        assertThat(world.state()).as("after a failure of save %d", n).isEqualTo(before);
      }
    }

    @Test
    void of_any_save_of_the_undo_leaves_the_merge_in_place() {
      MergeRecord record = merged().record();
      Map<String, Object> afterMerge = world.state();

      world.failSave(3);
      MergeError error = world.execution.undo(SCOPE, record.id(), OFFICER, LATER).getLeft();

      assertThat(error).isInstanceOf(MergeError.MoveRefused.class);
      assertThat(world.state()).isEqualTo(afterMerge);
    }
  }

  @Nested
  class Two_records_of_one_company {

    private io.github.bankcrm.core.customer.CustomerId company(String id, String creditCode) {
      return io.github.bankcrm.core.customer.CorporateCustomer.register(
              io.github.bankcrm.core.customer.CustomerId.of(id),
              io.github.bankcrm.core.customer.CustomerFixture.corporateForm(creditCode, "福州星海贸易有限公司"),
              io.github.bankcrm.core.organization.OrganizationFixture.BJ01, null,
              io.github.bankcrm.core.customer.KycRiskRating.LOW, OFFICER, NOW)
          .flatMap(update -> world.customers.save(SCOPE, update))
          .getOrElseThrow(error -> new AssertionError(error.message()))
          .id();
    }

    @Test
    void merge_their_holdings_into_the_survivor_and_undo_exactly() {
      var kept = company("K1", io.github.bankcrm.core.customer.CustomerFixture.CREDIT_CODE);
      var other = company("K2", "91350100000000001L");
      world.openAccount("A9", HoldingFixture.OTHER_CARD_NUMBER, other);
      world.signLoan("L9", other);

      MergeRecord record = world.execution.merge(SCOPE, MergeId.of("MK"), kept, other, OFFICER, NOW)
          .getOrElseThrow(error -> new AssertionError(error.message()))
          .record();

      assertThat(world.accounts.heldBy(SCOPE, kept)).extracting(account -> account.id().value()).containsExactly("A9");
      assertThat(world.loans.ofBorrower(SCOPE, kept)).extracting(contract -> contract.id().value()).containsExactly("L9");
      assertThat(world.records.mergeOf(SCOPE, other)).contains(record);
      world.execution.undo(SCOPE, record.id(), OFFICER, LATER).get();
      assertThat(world.accounts.heldBy(SCOPE, other)).extracting(account -> account.id().value()).containsExactly("A9");
      assertThat(world.loans.ofBorrower(SCOPE, other)).extracting(contract -> contract.id().value()).containsExactly("L9");
      assertThat(world.accounts.heldBy(SCOPE, kept)).isEmpty();
    }

    @Test
    void a_person_and_a_company_are_refused_before_anything_moves() {
      var kept = company("K1", io.github.bankcrm.core.customer.CustomerFixture.CREDIT_CODE);

      assertThat(world.execution.merge(SCOPE, MergeId.of("MK"), kept, ABSORBED, OFFICER, NOW).getLeft().code())
          .isEqualTo("kind_mismatch");
      assertThat(world.state()).isEqualTo(before);
    }
  }

  @Nested
  class The_merge_record {

    @Test
    void is_stored_with_the_merge_and_marked_undone_with_the_undo() {
      MergeRecord record = merged().record();

      assertThat(world.records.findById(SCOPE, record.id())).contains(record);
      assertThat(world.records.mergeOf(SCOPE, ABSORBED)).contains(record);
      assertThat(world.records.absorbedInto(SCOPE, SURVIVOR)).containsExactly(record);
      MergeRecord undone = world.execution.undo(SCOPE, record.id(), OFFICER, LATER).get().record();
      assertThat(world.records.findById(SCOPE, record.id())).contains(undone);
      assertThat(world.records.mergeOf(SCOPE, ABSORBED)).isEmpty();
    }

    @Test
    void refuses_a_second_merge_of_the_absorbed_record_before_anything_moves() {
      merged();
      Map<String, Object> afterMerge = world.state();

      assertThat(world.execution.merge(SCOPE, MergeId.of("M2"), SPOUSE, ABSORBED, OFFICER, LATER).getLeft())
          .isEqualTo(new MergeError.AlreadyMerged(ABSORBED, SURVIVOR, MergeId.of("M1")));
      assertThat(world.execution.merge(SCOPE, MergeId.of("M1"), SPOUSE, CustomerStoreFixture.C2, OFFICER, LATER)
              .getLeft())
          .isEqualTo(new MergeError.MergeExists(MergeId.of("M1")));
      assertThat(world.state()).isEqualTo(afterMerge);
    }

    @Test
    void an_undo_of_an_unknown_merge_is_not_found() {
      assertThat(world.execution.undo(SCOPE, MergeId.of("M9"), OFFICER, LATER).getLeft())
          .isEqualTo(new MergeError.MergeNotFound(MergeId.of("M9")));
    }
  }

  @Nested
  class Loans_contacts_relationships_and_warnings {

    @Test
    void a_loan_the_absorbed_borrows_passes_to_the_survivor_whose_own_guarantee_of_it_is_released() {
      world.signLoan("L3", ABSORBED);
      world.guarantee("L3", SURVIVOR, "10000.00");
      Map<String, Object> start = world.state();

      MergeRecord record = merged().record();

      LoanContract contract = world.loans.findById(SCOPE, LoanContractId.of("L3")).orElseThrow();
      assertThat(contract.borrower()).isEqualTo(SURVIVOR);
      assertThat(contract.guarantees()).isEmpty();
      assertThat(world.anythingPointsTo(ABSORBED)).isFalse();
      world.execution.undo(SCOPE, record.id(), OFFICER, LATER).get();
      assertThat(world.state()).isEqualTo(start);
    }

    @Test
    void contacts_are_re_pointed_and_pointed_back() {
      world.contact("I1", ABSORBED);
      world.contact("I2", SURVIVOR);
      Map<String, Object> start = world.state();

      MergeRecord record = merged().record();

      assertThat(world.interactions.findById(SCOPE, InteractionId.of("I1")).orElseThrow().customerId())
          .isEqualTo(SURVIVOR);
      world.execution.undo(SCOPE, record.id(), OFFICER, LATER).get();
      assertThat(world.state()).isEqualTo(start);
    }

    @Test
    void a_relationship_is_re_pointed_but_one_with_the_survivor_or_duplicating_the_survivors_is_ended() {
      world.relate("R1", ABSORBED, RelationshipType.PROXY, CustomerStoreFixture.C2);
      world.relate("R2", ABSORBED, RelationshipType.OTHER, SURVIVOR);
      world.relate("R3", SURVIVOR, RelationshipType.SPOUSE, SPOUSE);
      world.relate("R4", SPOUSE, RelationshipType.SPOUSE, ABSORBED);
      Map<String, Object> start = world.state();

      MergeRecord record = merged().record();

      Relationship repointed = world.relationships.findById(SCOPE, RelationshipId.of("R1")).orElseThrow();
      assertThat(repointed.from()).isEqualTo(SURVIVOR);
      assertThat(repointed.isActive()).isTrue();
      assertThat(world.relationships.findById(SCOPE, RelationshipId.of("R2")).orElseThrow().isActive()).isFalse();
      assertThat(world.relationships.findById(SCOPE, RelationshipId.of("R4")).orElseThrow().isActive()).isFalse();
      assertThat(world.relationships.findById(SCOPE, RelationshipId.of("R3")).orElseThrow().isActive()).isTrue();
      assertThat(record.moved())
          .filteredOn(item -> item.kind() == MoveKind.RELATIONSHIP)
          .extracting(MovedItem::itemId, MovedItem::action)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("R1", MoveAction.TRANSFERRED),
              org.assertj.core.groups.Tuple.tuple("R2", MoveAction.REMOVED),
              org.assertj.core.groups.Tuple.tuple("R4", MoveAction.REMOVED));
      assertThat(world.anythingPointsTo(ABSORBED)).isFalse();
      world.execution.undo(SCOPE, record.id(), OFFICER, LATER).get();
      assertThat(world.state()).isEqualTo(start);
    }

    @Test
    void the_open_warning_moves_where_the_survivor_has_none() {
      world.raise("W1", ABSORBED);
      Map<String, Object> start = world.state();

      MergeRecord record = merged().record();

      assertThat(world.warnings.findOpen(SCOPE, SURVIVOR)).map(warning -> warning.id().value()).contains("W1");
      assertThat(world.warnings.findOpen(SCOPE, ABSORBED)).isEmpty();
      world.execution.undo(SCOPE, record.id(), OFFICER, LATER).get();
      assertThat(world.state()).isEqualTo(start);
    }

    @Test
    void the_open_warning_stays_where_the_survivor_has_one_open_and_the_record_says_so() {
      world.raise("W1", ABSORBED);
      world.raise("W2", SURVIVOR);

      MergeRecord record = merged().record();

      assertThat(world.warnings.findOpen(SCOPE, ABSORBED)).map(warning -> warning.id().value()).contains("W1");
      assertThat(record.moved())
          .filteredOn(item -> item.kind() == MoveKind.EARLY_WARNING)
          .extracting(MovedItem::action)
          .containsExactly(MoveAction.RETAINED);
    }

    @Test
    void an_undo_is_refused_when_a_re_pointed_contact_changed_since() {
      world.contact("I1", ABSORBED);
      MergeRecord record = merged().record();
      Interaction moved = world.interactions.findById(SCOPE, InteractionId.of("I1")).orElseThrow();
      world.interactions.save(SCOPE, moved.reassign(moved.version(), SPOUSE, OFFICER, LATER).get());

      assertThat(world.execution.undo(SCOPE, record.id(), OFFICER, LATER).getLeft())
          .isEqualTo(new MergeError.MovedItemChanged(MoveKind.INTERACTION, "I1", 2, 3));
    }
  }

  @Test
  void a_survivor_already_holding_the_account_keeps_one_place_with_the_owner_role() {
    world.addHolder("A1", SURVIVOR, OwnershipRole.BENEFICIARY);
    Map<String, Object> start = world.state();

    MergeRecord record = merged().record();

    assertThat(world.accounts.findById(SCOPE, AccountId.of("A1")).orElseThrow().holders())
        .containsExactly(new AccountHolder(SPOUSE, OwnershipRole.JOINT_OWNER), new AccountHolder(SURVIVOR, OwnershipRole.OWNER));
    world.execution.undo(SCOPE, record.id(), OFFICER, LATER).get();
    assertThat(world.state()).isEqualTo(start);
    assertThat(List.of(record.moved().get(0).action(), record.moved().get(1).action()))
        .containsExactly(MoveAction.REMOVED, MoveAction.TRANSFERRED);
  }
}
