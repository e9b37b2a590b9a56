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
import io.github.bankcrm.core.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random holdings: every account, loan contract and group names the survivor, the absorbed
 * customer, another customer, or several of them. A merge leaves nothing naming the absorbed customer;
 * its undo restores every record; a failure of any save leaves every record as before.
 */
class MergeExecutionProperties {

  private static final Actor OFFICER = Actor.of("dq-officer");
  private static final String[] NUMBERS = {
    "6222021234567890128", "6228480012345671", "6217001234567893", "6222020000000000014", "6222020000000000022"
  };

  /** Who is on one item: 0 nobody of the pair, 1 the survivor, 2 the absorbed customer, 3 both. */
  record Holdings(List<Integer> accounts, List<Integer> loans, List<Integer> groups) {}

  @Provide
  Arbitrary<Holdings> holdings() {
    Arbitrary<List<Integer>> who = Arbitraries.integers().between(0, 3).list().ofMaxSize(4);
    return who.flatMap(accounts -> who.flatMap(loans -> who.map(groups -> new Holdings(accounts, loans, groups))));
  }

  private static MergeWorld worldWith(Holdings holdings) {
    MergeWorld world = new MergeWorld();
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
      world.signLoan(id, who == 1 ? SURVIVOR : other);
      if (who != 1) {
        world.guarantee(id, ABSORBED, "100000.00");
      }
      if (who == 3) {
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
    return world;
  }

  @Property(tries = 60)
  void merge_then_undo_restores_every_record_and_the_merge_leaves_nothing_with_the_absorbed(
      @ForAll("holdings") Holdings holdings) {
    MergeWorld world = worldWith(holdings);
    Map<String, Object> before = world.state();

    MergeExecution.Outcome merged =
        world.execution.merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW)
            .getOrElseThrow(error -> new AssertionError(error.message()));
    assertThat(world.anythingPointsTo(ABSORBED)).isFalse();

    world.execution.undo(SCOPE, merged.record(), OFFICER, NOW.plusSeconds(60))
        .getOrElseThrow(error -> new AssertionError(error.message()));
    assertThat(world.state()).isEqualTo(before);
  }

  @Property(tries = 60)
  void a_failure_of_any_save_leaves_every_record_as_before(
      @ForAll("holdings") Holdings holdings, @ForAll("nth") int n) {
    MergeWorld world = worldWith(holdings);
    Map<String, Object> before = world.state();
    world.failSave(n);

    List<Object> outcome = new ArrayList<>();
    world.execution.merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW)
        .peek(outcome::add)
        .peekLeft(error -> assertThat(error).isInstanceOf(MergeError.MoveRefused.class));

    if (outcome.isEmpty()) {
      assertThat(world.state()).isEqualTo(before);
    } else {
      assertThat(world.anythingPointsTo(ABSORBED)).isFalse();
    }
  }

  @Provide
  Arbitrary<Integer> nth() {
    return Arbitraries.integers().between(1, 12);
  }
}
