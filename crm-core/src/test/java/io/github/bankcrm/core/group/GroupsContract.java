package io.github.bankcrm.core.group;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Groups} port. Every adapter extends this class unchanged and supplies a
 * fresh, empty customer store from {@link #newCustomers()} and a group store over the same storage from
 * {@link #newGroups(Customers)}; the in-memory, H2 and PostgreSQL adapters all pass it.
 */
public abstract class GroupsContract {

  /** The whole bank. */
  protected static final AccessScope HEAD_OFFICE = CustomerStoreFixture.HEAD_OFFICE;

  /** A Beijing branch user: sees BJ, BJ01, BJ02. */
  protected static final AccessScope BEIJING = CustomerStoreFixture.BEIJING;

  /** A Shanghai branch user: sees SH, SH01. */
  protected static final AccessScope SHANGHAI = CustomerStoreFixture.SHANGHAI;

  /** Customers of Beijing (C1, C2, C3) and of Shanghai (S1). */
  protected static final CustomerId C1 = CustomerStoreFixture.C1;

  /** A second Beijing customer. */
  protected static final CustomerId C2 = CustomerStoreFixture.C2;

  /** A third Beijing customer. */
  protected static final CustomerId C3 = CustomerStoreFixture.C3;

  /** A Shanghai customer. */
  protected static final CustomerId S1 = CustomerStoreFixture.S1;

  /**
   * A fresh, empty customer store. Called once per test, before {@link #newGroups(Customers)}.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty group store that sees the customers of {@code customers} (for a database adapter:
   * the same database).
   *
   * @param customers the store {@link #newCustomers()} just returned
   * @return the store
   */
  protected abstract Groups newGroups(Customers customers);

  private Groups groups;

  @BeforeEach
  void freshStores() {
    groups = newGroups(CustomerStoreFixture.withFourCustomers(newCustomers()));
  }

  private Group created(String id, GroupType type, OrganizationUnitId unit) {
    GroupUpdate update = Group.create(GroupId.of(id), type, "Group " + id, unit, TELLER, NOW).get();
    return saved(HEAD_OFFICE, update);
  }

  private Group saved(AccessScope scope, GroupUpdate update) {
    Either<GroupError, Group> result = groups.save(scope, update);
    assertThat(result.isRight()).as("save refused: %s", result).isTrue();
    return result.get();
  }

  private Group withMember(Group group, CustomerId customer, MemberRole role, boolean primary) {
    return saved(
        HEAD_OFFICE, group.addMember(group.version(), customer, role, primary, TELLER, NOW).get());
  }

  @Nested
  class Creation {

    @Test
    void a_created_group_is_found_by_number() {
      Group group = created("H1", GroupType.HOUSEHOLD, BJ01);

      assertThat(groups.findById(BEIJING, group.id())).contains(group);
      assertThat(group.version()).isEqualTo(1);
    }

    @Test
    void creating_a_number_twice_is_a_version_conflict() {
      created("H1", GroupType.HOUSEHOLD, BJ01);
      GroupUpdate again =
          Group.create(GroupId.of("H1"), GroupType.CAMPAIGN_LIST, "Other", BJ01, TELLER, NOW).get();

      assertThat(groups.save(HEAD_OFFICE, again).getLeft())
          .isEqualTo(new GroupError.VersionConflict(GroupId.of("H1"), 0, 1));
      assertThat(groups.findById(HEAD_OFFICE, GroupId.of("H1")).get().type())
          .isEqualTo(GroupType.HOUSEHOLD);
    }

    @Test
    void creating_in_a_unit_outside_the_scope_is_refused() {
      GroupUpdate update =
          Group.create(GroupId.of("H1"), GroupType.HOUSEHOLD, "Household", SH01, TELLER, NOW).get();

      assertThat(groups.save(BEIJING, update).getLeft())
          .isEqualTo(new GroupError.OutsideAccessScope(SH01));
      assertThat(groups.findById(HEAD_OFFICE, GroupId.of("H1"))).isEmpty();
    }

    @Test
    void a_member_who_is_not_a_customer_in_the_scope_is_refused() {
      Group group = created("H1", GroupType.HOUSEHOLD, BJ01);
      GroupUpdate unknown =
          group.addMember(1, CustomerId.of("NOBODY"), MemberRole.MEMBER, false, TELLER, NOW).get();
      GroupUpdate elsewhere = group.addMember(1, S1, MemberRole.MEMBER, false, TELLER, NOW).get();

      assertThat(groups.save(HEAD_OFFICE, unknown).getLeft())
          .isEqualTo(new GroupError.MemberNotFound(CustomerId.of("NOBODY")));
      assertThat(groups.save(BEIJING, elsewhere).getLeft())
          .isEqualTo(new GroupError.MemberNotFound(S1));
      assertThat(groups.findById(HEAD_OFFICE, group.id()).get().members()).isEmpty();
    }
  }

  @Nested
  class OptimisticLocking {

    @Test
    void a_change_based_on_the_stored_version_is_saved() {
      Group group = created("H1", GroupType.HOUSEHOLD, BJ01);

      Group next = withMember(group, C1, MemberRole.HEAD, false);

      assertThat(next.version()).isEqualTo(2);
      assertThat(groups.findById(BEIJING, group.id())).contains(next);
    }

    @Test
    void a_stale_change_is_a_conflict_and_overwrites_nothing() {
      Group group = created("H1", GroupType.HOUSEHOLD, BJ01);
      GroupUpdate first = group.addMember(1, C1, MemberRole.HEAD, false, TELLER, NOW).get();
      GroupUpdate stale = group.rename(1, "Renamed", TELLER, NOW).get();
      saved(BEIJING, first);

      assertThat(groups.save(BEIJING, stale).getLeft())
          .isEqualTo(new GroupError.VersionConflict(group.id(), 1, 2));
      Group stored = groups.findById(BEIJING, group.id()).get();
      assertThat(stored).isEqualTo(first.group());
      assertThat(stored.name()).isEqualTo("Group H1");
    }

    @Test
    void a_change_of_a_group_that_does_not_exist_is_not_found() {
      Group phantom =
          Group.create(GroupId.of("H9"), GroupType.HOUSEHOLD, "Ghost", BJ01, TELLER, NOW).get().group();
      GroupUpdate change = phantom.rename(1, "Still a ghost", TELLER, NOW).get();

      assertThat(groups.save(HEAD_OFFICE, change).getLeft())
          .isEqualTo(new GroupError.GroupNotFound(GroupId.of("H9")));
    }
  }

  @Nested
  class OnePrimaryGroupPerCustomer {

    @Test
    void a_customer_primary_in_one_group_cannot_be_made_primary_in_another() {
      Group household = withMember(created("H1", GroupType.HOUSEHOLD, BJ01), C1, MemberRole.HEAD, true);
      Group company = created("G1", GroupType.CORPORATE_GROUP, BJ01);
      GroupUpdate second = company.addMember(1, C1, MemberRole.MEMBER, true, TELLER, NOW).get();

      assertThat(groups.save(HEAD_OFFICE, second).getLeft())
          .isEqualTo(new GroupError.PrimaryGroupTaken(C1));
      assertThat(groups.findById(HEAD_OFFICE, company.id()).get().members()).isEmpty();
      assertThat(groups.primaryGroupOf(BEIJING, C1)).contains(household);
    }

    @Test
    void a_customer_may_be_an_ordinary_member_of_other_groups() {
      Group household = withMember(created("H1", GroupType.HOUSEHOLD, BJ01), C1, MemberRole.HEAD, true);
      Group company = withMember(created("G1", GroupType.CORPORATE_GROUP, BJ01), C1, MemberRole.MEMBER, false);
      Group campaign = withMember(created("K1", GroupType.CAMPAIGN_LIST, BJ02), C1, MemberRole.TARGET, false);

      assertThat(groups.groupsOf(BEIJING, C1)).containsExactly(company, household, campaign);
      assertThat(groups.primaryGroupOf(BEIJING, C1)).contains(household);
    }

    @Test
    void clearing_the_flag_frees_the_customer_for_another_primary_group() {
      Group household = withMember(created("H1", GroupType.HOUSEHOLD, BJ01), C1, MemberRole.HEAD, true);
      saved(HEAD_OFFICE, household.changePrimary(2, C1, false, TELLER, NOW).get());
      Group company = created("G1", GroupType.CORPORATE_GROUP, BJ01);

      Group next = withMember(company, C1, MemberRole.MEMBER, true);

      assertThat(groups.primaryGroupOf(BEIJING, C1)).contains(next);
    }

    @Test
    void removing_the_member_frees_the_customer() {
      Group household = withMember(created("H1", GroupType.HOUSEHOLD, BJ01), C1, MemberRole.HEAD, true);
      saved(HEAD_OFFICE, household.removeMember(2, C1, TELLER, NOW).get());

      assertThat(groups.primaryGroupOf(HEAD_OFFICE, C1)).isEmpty();
      Group company = withMember(created("G1", GroupType.CORPORATE_GROUP, BJ01), C1, MemberRole.MEMBER, true);
      assertThat(groups.primaryGroupOf(HEAD_OFFICE, C1)).contains(company);
    }

    @Test
    void saving_a_group_again_keeps_its_own_primary_members() {
      Group household = withMember(created("H1", GroupType.HOUSEHOLD, BJ01), C1, MemberRole.HEAD, true);

      Group renamed = saved(HEAD_OFFICE, household.rename(2, "王家", TELLER, NOW).get());

      assertThat(groups.primaryGroupOf(BEIJING, C1)).contains(renamed);
    }

    @RepeatedTest(5)
    void of_two_concurrent_attempts_exactly_one_wins() throws Exception {
      Group household = created("H1", GroupType.HOUSEHOLD, BJ01);
      Group company = created("G1", GroupType.CORPORATE_GROUP, BJ01);
      List<GroupUpdate> attempts =
          List.of(
              household.addMember(1, C2, MemberRole.MEMBER, true, TELLER, NOW).get(),
              company.addMember(1, C2, MemberRole.MEMBER, true, TELLER, NOW).get());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<Either<GroupError, Group>>> results =
            attempts.stream()
                .map(
                    attempt ->
                        pool.submit(
                            () -> {
                              start.await();
                              return groups.save(BEIJING, attempt);
                            }))
                .toList();
        start.countDown();
        List<Either<GroupError, Group>> outcomes =
            List.of(results.get(0).get(30, TimeUnit.SECONDS), results.get(1).get(30, TimeUnit.SECONDS));

        assertThat(outcomes).filteredOn(Either::isRight).hasSize(1);
        assertThat(outcomes)
            .filteredOn(Either::isLeft)
            .extracting(Either::getLeft)
            .containsExactly(new GroupError.PrimaryGroupTaken(C2));
        Group winner = outcomes.stream().filter(Either::isRight).findFirst().get().get();
        assertThat(groups.primaryGroupOf(BEIJING, C2)).contains(winner);
        long groupsWithC2 =
            groups.list(HEAD_OFFICE, null, PageRequest.first(10)).items().stream()
                .filter(group -> group.member(C2).isPresent())
                .count();
        assertThat(groupsWithC2).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class AccessScopeIsEnforced {

    @Test
    void a_group_of_another_branch_does_not_exist_for_the_caller() {
      Group group = created("H1", GroupType.HOUSEHOLD, BJ01);

      assertThat(groups.findById(SHANGHAI, group.id())).isEmpty();
      assertThat(groups.list(SHANGHAI, null, PageRequest.first(10)).items()).isEmpty();
      assertThat(groups.members(SHANGHAI, group.id(), PageRequest.first(10)).items()).isEmpty();
      assertThat(groups.save(SHANGHAI, group.rename(1, "Mine now", TELLER, NOW).get()).getLeft())
          .isEqualTo(new GroupError.GroupNotFound(group.id()));
    }

    @Test
    void the_head_office_sees_every_member_and_a_branch_no_head_office_group() {
      Group campaign = created("K1", GroupType.CAMPAIGN_LIST, OrganizationFixture.HO);
      campaign = withMember(campaign, C1, MemberRole.TARGET, false);
      campaign = withMember(campaign, S1, MemberRole.TARGET, false);

      Page<GroupMember> seenFromBeijing = groups.members(BEIJING, campaign.id(), PageRequest.first(10));
      Page<GroupMember> seenFromHeadOffice =
          groups.members(HEAD_OFFICE, campaign.id(), PageRequest.first(10));

      assertThat(groups.findById(BEIJING, campaign.id())).isEmpty();
      assertThat(seenFromHeadOffice.items()).extracting(GroupMember::customerId).containsExactly(C1, S1);
      assertThat(seenFromBeijing.items()).isEmpty();
    }

    @Test
    void a_visible_group_lists_only_its_visible_members() {
      Group campaign = created("K1", GroupType.CAMPAIGN_LIST, BJ01);
      campaign = withMember(campaign, C1, MemberRole.TARGET, false);
      campaign = withMember(campaign, S1, MemberRole.TARGET, false);
      AccessScope chaoyang = OrganizationFixture.scopeOf("BJ01");

      Page<GroupMember> page = groups.members(chaoyang, campaign.id(), PageRequest.first(10));

      assertThat(page.items()).extracting(GroupMember::customerId).containsExactly(C1);
      assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void groups_of_a_customer_outside_the_scope_are_not_revealed() {
      withMember(created("H1", GroupType.HOUSEHOLD, BJ01), S1, MemberRole.HEAD, true);

      assertThat(groups.groupsOf(HEAD_OFFICE, S1)).hasSize(1);
      assertThat(groups.groupsOf(BEIJING, S1)).isEmpty();
      assertThat(groups.primaryGroupOf(BEIJING, S1)).isEmpty();
      assertThat(groups.primaryGroupOf(SHANGHAI, S1)).isEmpty();
    }
  }

  @Nested
  class Paging {

    @Test
    void groups_page_in_number_order_and_filter_by_type() {
      created("K3", GroupType.CAMPAIGN_LIST, BJ01);
      created("H1", GroupType.HOUSEHOLD, BJ01);
      created("K1", GroupType.CAMPAIGN_LIST, BJ02);
      created("K2", GroupType.CAMPAIGN_LIST, BJ01);

      Page<Group> first = groups.list(BEIJING, GroupType.CAMPAIGN_LIST, PageRequest.first(2));
      Page<Group> second = groups.list(BEIJING, GroupType.CAMPAIGN_LIST, first.request().next());

      assertThat(first.items()).extracting(group -> group.id().value()).containsExactly("K1", "K2");
      assertThat(first.total()).isEqualTo(3);
      assertThat(first.hasNext()).isTrue();
      assertThat(second.items()).extracting(group -> group.id().value()).containsExactly("K3");
      assertThat(second.hasNext()).isFalse();
    }

    @Test
    void members_page_in_customer_number_order() {
      Group list = created("L1", GroupType.SERVICE_LIST, BJ01);
      list = withMember(list, C3, MemberRole.MEMBER, false);
      list = withMember(list, C1, MemberRole.MEMBER, false);
      list = withMember(list, C2, MemberRole.MEMBER, false);

      Page<GroupMember> first = groups.members(BEIJING, list.id(), PageRequest.first(2));
      Page<GroupMember> second = groups.members(BEIJING, list.id(), new PageRequest(2, 2));

      assertThat(first.items()).extracting(GroupMember::customerId).containsExactly(C1, C2);
      assertThat(first.total()).isEqualTo(3);
      assertThat(second.items()).extracting(GroupMember::customerId).containsExactly(C3);
    }
  }
}
