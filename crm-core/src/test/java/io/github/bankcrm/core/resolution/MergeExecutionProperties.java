package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.resolution.MergeWorld.ABSORBED;
import static io.github.bankcrm.core.resolution.MergeWorld.SCOPE;
import static io.github.bankcrm.core.resolution.MergeWorld.SURVIVOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.group.GroupType;
import io.github.bankcrm.core.group.MemberRole;
import io.github.bankcrm.core.holding.OwnershipRole;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.CrmStorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random holdings: every account, loan contract, group, contact record, relationship and open
 * warning names the survivor, the absorbed customer, another customer, or several of them. A merge leaves nothing naming the absorbed customer
 * and marks its record merged; its undo restores every record, the absorbed one unmarked; a failure of any
 * save, the customer records' included, leaves every record as before.
 *
 * <p>Every adapter runs these unchanged over its own ports, each try on fresh, empty stores; a subclass
 * sets the number of tries with {@code @PropertyDefaults}.
 */
public abstract class MergeExecutionProperties {

  private static final Actor OFFICER = Actor.of("dq-officer");
  private static final String[] NUMBERS = {
    "6222021234567890128", "6228480012345671", "6217001234567893", "6222020000000000014", "6222020000000000022"
  };

  /**
   * Who is on one item: 0 nobody of the pair, 1 the survivor, 2 the absorbed customer, 3 both. For
   * loans, 4 the absorbed customer borrows and the survivor guarantees; for relationships, 3 links the
   * two (a self-relationship after the merge) and 4 is one both have with the same customer (a
   * duplicate after the merge); for warnings, which of the pair has an open one.
   *
   * @param accounts who is on each account
   * @param loans who is on each loan contract
   * @param groups who is in each group
   * @param interactions who is on each contact record
   * @param relationships who is on each relationship
   * @param warnings which of the pair has an open warning
   */
  public record Holdings(
      List<Integer> accounts,
      List<Integer> loans,
      List<Integer> groups,
      List<Integer> interactions,
      List<Integer> relationships,
      int warnings) {}

  /**
   * Fresh, empty stores of the adapter under test; called once per try.
   *
   * @return the ports
   */
  protected abstract MergeWorld.Ports newPorts();

  /**
   * Random holdings of the pair.
   *
   * @return the holdings
   */
  @Provide
  protected Arbitrary<Holdings> holdings() {
    Arbitrary<List<Integer>> who = Arbitraries.integers().between(0, 3).list().ofMaxSize(4);
    Arbitrary<List<Integer>> whoOrBoth = Arbitraries.integers().between(0, 4).list().ofMaxSize(4);
    return net.jqwik.api.Combinators.combine(
            who, whoOrBoth, who, who, whoOrBoth, Arbitraries.integers().between(0, 3))
        .as(Holdings::new);
  }

  /**
   * The world over these ports, holding these holdings.
   *
   * @param ports fresh, empty stores
   * @param holdings what the pair and the others hold
   * @return the world
   */
  protected static MergeWorld worldWith(MergeWorld.Ports ports, Holdings holdings) {
    MergeWorld world = new MergeWorld(ports);
    CustomerId other = MergeWorld.OTHERS.get(0);
    for (int i = 0; i < holdings.accounts().size(); i++) {
      int who = holdings.accounts().get(i);
      String id = "A" + i;
      CustomerId owner = who == 1 ? SURVIVOR : who == 2 ? ABSORBED : other;
      world.openAccount(id, NUMBERS[i], owner);
      if (who == 0 || who == 3) {
        world.addHolder(id, i % 2 == 0 ? ABSORBED : SURVIVOR, OwnershipRole.JOINT_OWNER);
      }
      if (who == 3) {
        world.addHolder(id, i % 2 == 0 ? SURVIVOR : ABSORBED, OwnershipRole.BENEFICIARY);
      }
    }
    for (int i = 0; i < holdings.loans().size(); i++) {
      int who = holdings.loans().get(i);
      String id = "L" + i;
      world.signLoan(id, who == 1 ? SURVIVOR : who == 4 ? ABSORBED : other);
      if (who != 1 && who != 4) {
        world.guarantee(id, ABSORBED, "100000.00");
      }
      if (who == 3 || who == 4) {
        world.guarantee(id, SURVIVOR, "50000.00");
      }
    }
    for (int i = 0; i < holdings.groups().size(); i++) {
      int who = holdings.groups().get(i);
      String id = "G" + i;
      world.group(id, GroupType.SERVICE_LIST);
      world.join(id, other, MemberRole.MEMBER, false);
      if (who == 1 || who == 3) {
        world.join(id, SURVIVOR, MemberRole.MEMBER, false);
      }
      if (who == 2 || who == 3 || who == 0) {
        world.join(id, ABSORBED, MemberRole.MEMBER, false);
      }
    }
    for (int i = 0; i < holdings.interactions().size(); i++) {
      int who = holdings.interactions().get(i);
      world.contact("I" + i + "a", who == 1 || who == 3 ? SURVIVOR : other);
      if (who == 2 || who == 3) {
        world.contact("I" + i + "b", ABSORBED);
      }
    }
    List<RelationshipType> types = List.of(RelationshipType.SPOUSE, RelationshipType.PARENT_CHILD,
        RelationshipType.PROXY, RelationshipType.OTHER, RelationshipType.SUPPLY_CHAIN);
    for (int i = 0; i < holdings.relationships().size(); i++) {
      int who = holdings.relationships().get(i);
      RelationshipType type = types.get(i);
      CustomerId third = MergeWorld.OTHERS.get(i % MergeWorld.OTHERS.size());
      switch (who) {
        case 1 -> world.relate("R" + i, SURVIVOR, type, third);
        case 2 -> world.relate("R" + i, third, type, ABSORBED);
        case 3 -> world.relate("R" + i, ABSORBED, type, SURVIVOR);
        case 4 -> {
          world.relate("R" + i + "s", SURVIVOR, type, third);
          world.relate("R" + i, ABSORBED, type, third);
        }
        default -> world.relate("R" + i, third, type, MergeWorld.OTHERS.get((i + 1) % MergeWorld.OTHERS.size()));
      }
    }
    if (holdings.warnings() == 1 || holdings.warnings() == 3) {
      world.raise("W1", SURVIVOR);
    }
    if (holdings.warnings() == 2 || holdings.warnings() == 3) {
      world.raise("W2", ABSORBED);
    }
    return world;
  }

  @Property
  void merge_then_undo_restores_every_record_and_the_merge_leaves_nothing_with_the_absorbed(
      @ForAll("holdings") Holdings holdings) {
    MergeWorld world = worldWith(newPorts(), holdings);
    Map<String, Object> before = world.state();

    MergeExecution.Outcome merged =
        world.execution.merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW)
            .getOrElseThrow(error -> new AssertionError(error.message()));
    assertThat(world.anythingPointsTo(ABSORBED)).isFalse();
    assertThat(world.customers.findById(SCOPE, ABSORBED).orElseThrow().mergedInto()).isEqualTo(SURVIVOR);

    world.execution.undo(SCOPE, merged.record().id(), OFFICER, NOW.plusSeconds(60))
        .getOrElseThrow(error -> new AssertionError(error.message()));
    assertThat(world.state()).isEqualTo(before);
  }

  @Property
  void a_failure_of_any_save_leaves_every_record_as_before(
      @ForAll("holdings") Holdings holdings, @ForAll("nth") int n) {
    MergeWorld world = worldWith(newPorts(), holdings);
    Map<String, Object> before = world.state();
    world.failSave(n);

    List<Object> outcome = new ArrayList<>();
    try {
      world.execution.merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW)
          .peek(outcome::add)
          .peekLeft(error -> assertThat(error).isInstanceOf(MergeError.MoveRefused.class));
    } catch (CrmStorageException failure) {
      // the survivor's customer record, the last step, failed: the steps before were reversed
      assertThat(failure).hasMessageContaining("injected");
    }

    if (outcome.isEmpty()) {
      assertThat(world.state()).isEqualTo(before);
    } else {
      assertThat(world.anythingPointsTo(ABSORBED)).isFalse();
      assertThat(world.customers.findById(SCOPE, ABSORBED).orElseThrow().isMerged()).isTrue();
    }
  }

  @Provide
  Arbitrary<Integer> nth() {
    return Arbitraries.integers().between(1, 24);
  }
}
