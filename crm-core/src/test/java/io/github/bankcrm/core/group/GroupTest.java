package io.github.bankcrm.core.group;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupTest {

  private static final CustomerId HEAD = CustomerId.of("C1");
  private static final CustomerId SPOUSE = CustomerId.of("C2");
  private static final Instant LATER = NOW.plusSeconds(60);

  private static Group household() {
    return Group.create(GroupId.of("H1"), GroupType.HOUSEHOLD, "王家", BJ01, TELLER, NOW).get().group();
  }

  private static Group householdWithHead() {
    return household().addMember(1, HEAD, MemberRole.HEAD, true, TELLER, NOW).get().group();
  }

  @Nested
  class Creation {

    @Test
    void creates_an_empty_group_at_version_1_with_a_created_event() {
      GroupUpdate update =
          Group.create(GroupId.of("H1"), GroupType.HOUSEHOLD, "  王家 ", BJ01, TELLER, NOW).get();

      assertThat(update.group().version()).isEqualTo(1);
      assertThat(update.group().name()).isEqualTo("王家");
      assertThat(update.group().members()).isEmpty();
      assertThat(update.isCreation()).isTrue();
      assertThat(update.events())
          .containsExactly(
              new GroupEvent.GroupCreated(GroupId.of("H1"), 1, GroupType.HOUSEHOLD, BJ01, TELLER, NOW));
    }

    @Test
    void a_blank_name_is_refused_with_a_field_error() {
      GroupError error =
          Group.create(GroupId.of("H1"), GroupType.HOUSEHOLD, " ", BJ01, TELLER, NOW).getLeft();

      assertThat(error).isInstanceOf(GroupError.InvalidGroupData.class);
      assertThat(((GroupError.InvalidGroupData) error).errors())
          .extracting(e -> e.path() + ":" + e.code())
          .containsExactly("name:required");
    }
  }

  @Nested
  class Members {

    @Test
    void adding_a_member_makes_a_new_version_with_an_event() {
      GroupUpdate update = household().addMember(1, HEAD, MemberRole.HEAD, true, TELLER, LATER).get();

      assertThat(update.group().version()).isEqualTo(2);
      assertThat(update.group().updatedAt()).isEqualTo(LATER);
      assertThat(update.group().members()).containsExactly(new GroupMember(HEAD, MemberRole.HEAD, true));
      assertThat(update.events())
          .containsExactly(
              new GroupEvent.MemberAdded(GroupId.of("H1"), 2, HEAD, MemberRole.HEAD, true, TELLER, LATER));
    }

    @Test
    void a_customer_is_a_member_once() {
      assertThat(householdWithHead().addMember(2, HEAD, MemberRole.MEMBER, false, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.AlreadyMember(GroupId.of("H1"), HEAD));
    }

    @Test
    void a_household_has_one_head() {
      assertThat(householdWithHead().addMember(2, SPOUSE, MemberRole.HEAD, false, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.RoleTaken(GroupId.of("H1"), MemberRole.HEAD, HEAD));
    }

    @Test
    void roles_must_fit_the_group_type() {
      assertThat(household().addMember(1, HEAD, MemberRole.PARENT, false, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.RoleNotAllowed(GroupType.HOUSEHOLD, MemberRole.PARENT));
      Group campaign =
          Group.create(GroupId.of("K1"), GroupType.CAMPAIGN_LIST, "Spring", BJ01, TELLER, NOW).get().group();
      assertThat(campaign.addMember(1, HEAD, MemberRole.MEMBER, false, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.RoleNotAllowed(GroupType.CAMPAIGN_LIST, MemberRole.MEMBER));
    }

    @Test
    void only_households_and_corporate_groups_can_be_primary() {
      Group campaign =
          Group.create(GroupId.of("K1"), GroupType.CAMPAIGN_LIST, "Spring", BJ01, TELLER, NOW).get().group();

      assertThat(campaign.addMember(1, HEAD, MemberRole.TARGET, true, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.PrimaryNotAllowed(GroupType.CAMPAIGN_LIST));
    }

    @Test
    void removing_a_member() {
      GroupUpdate update = householdWithHead().removeMember(2, HEAD, TELLER, LATER).get();

      assertThat(update.group().members()).isEmpty();
      assertThat(update.events())
          .containsExactly(new GroupEvent.MemberRemoved(GroupId.of("H1"), 3, HEAD, TELLER, LATER));
      assertThat(household().removeMember(1, HEAD, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.NotAMember(GroupId.of("H1"), HEAD));
    }

    @Test
    void members_are_kept_in_customer_number_order() {
      Group group =
          household()
              .addMember(1, SPOUSE, MemberRole.MEMBER, false, TELLER, NOW)
              .flatMap(u -> u.group().addMember(2, HEAD, MemberRole.HEAD, false, TELLER, NOW))
              .get()
              .group();

      assertThat(group.members()).extracting(GroupMember::customerId).containsExactly(HEAD, SPOUSE);
    }
  }

  @Nested
  class Roles {

    @Test
    void changing_a_role_records_from_and_to() {
      Group group =
          householdWithHead().addMember(2, SPOUSE, MemberRole.MEMBER, false, TELLER, NOW).get().group();
      Group headless = group.changeRole(3, HEAD, MemberRole.MEMBER, TELLER, NOW).get().group();

      GroupUpdate update = headless.changeRole(4, SPOUSE, MemberRole.HEAD, TELLER, LATER).get();

      assertThat(update.group().member(SPOUSE).get().role()).isEqualTo(MemberRole.HEAD);
      assertThat(update.events())
          .containsExactly(
              new GroupEvent.MemberRoleChanged(
                  GroupId.of("H1"), 5, SPOUSE, MemberRole.MEMBER, MemberRole.HEAD, TELLER, LATER));
    }

    @Test
    void a_second_head_or_the_same_role_is_refused() {
      Group group =
          householdWithHead().addMember(2, SPOUSE, MemberRole.MEMBER, false, TELLER, NOW).get().group();

      assertThat(group.changeRole(3, SPOUSE, MemberRole.HEAD, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.RoleTaken(GroupId.of("H1"), MemberRole.HEAD, HEAD));
      assertThat(group.changeRole(3, SPOUSE, MemberRole.MEMBER, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.Unchanged(GroupId.of("H1")));
    }
  }

  @Nested
  class PrimaryFlag {

    @Test
    void the_flag_is_set_and_cleared_with_an_event() {
      GroupUpdate cleared = householdWithHead().changePrimary(2, HEAD, false, TELLER, LATER).get();

      assertThat(cleared.group().primaryMembers()).isEmpty();
      assertThat(cleared.events())
          .containsExactly(new GroupEvent.PrimaryGroupChanged(GroupId.of("H1"), 3, HEAD, false, TELLER, LATER));
      assertThat(cleared.group().changePrimary(3, HEAD, false, TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.Unchanged(GroupId.of("H1")));
    }
  }

  @Nested
  class RenamingAndLocking {

    @Test
    void renaming_keeps_the_name_out_of_the_event_and_of_to_string() {
      GroupUpdate update = household().rename(1, "李家", TELLER, LATER).get();

      assertThat(update.group().name()).isEqualTo("李家");
      assertThat(update.events()).containsExactly(new GroupEvent.GroupRenamed(GroupId.of("H1"), 2, TELLER, LATER));
      assertThat(update.group().toString()).doesNotContain("李家");
      assertThat(household().rename(1, "王家", TELLER, NOW).getLeft())
          .isEqualTo(new GroupError.Unchanged(GroupId.of("H1")));
    }

    @Test
    void every_command_refuses_a_stale_version() {
      Group group = householdWithHead();
      GroupError conflict = new GroupError.VersionConflict(GroupId.of("H1"), 1, 2);

      assertThat(group.rename(1, "x", TELLER, NOW).getLeft()).isEqualTo(conflict);
      assertThat(group.addMember(1, SPOUSE, MemberRole.MEMBER, false, TELLER, NOW).getLeft()).isEqualTo(conflict);
      assertThat(group.removeMember(1, HEAD, TELLER, NOW).getLeft()).isEqualTo(conflict);
      assertThat(group.changeRole(1, HEAD, MemberRole.MEMBER, TELLER, NOW).getLeft()).isEqualTo(conflict);
      assertThat(group.changePrimary(1, HEAD, false, TELLER, NOW).getLeft()).isEqualTo(conflict);
    }
  }

  @Nested
  class Invariants {

    @Test
    void a_group_with_two_heads_cannot_be_built() {
      List<GroupMember> twoHeads =
          List.of(new GroupMember(HEAD, MemberRole.HEAD, false), new GroupMember(SPOUSE, MemberRole.HEAD, false));

      assertThatThrownBy(() -> new Group(GroupId.of("H1"), 1, GroupType.HOUSEHOLD, "x", BJ01, twoHeads, NOW, NOW))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Json {

    @Test
    void groups_updates_and_events_survive_a_round_trip() {
      GroupUpdate update = householdWithHead().addMember(2, SPOUSE, MemberRole.MEMBER, false, TELLER, NOW).get();

      assertThat(CrmJson.roundTrip(update, GroupUpdate.class)).isEqualTo(update);
      assertThat(CrmJson.roundTrip(update.events().get(0), GroupEvent.class)).isEqualTo(update.events().get(0));
    }
  }
}
