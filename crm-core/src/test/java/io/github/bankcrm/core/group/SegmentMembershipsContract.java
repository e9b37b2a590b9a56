package io.github.bankcrm.core.group;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link SegmentMemberships} port. Every adapter extends this class unchanged: it
 * supplies a fresh customer store from {@link #newCustomers()} and a membership store over the same
 * storage from {@link #newSegmentMemberships(Customers)}.
 */
public abstract class SegmentMembershipsContract {

  private static final AccessScope SYSTEM = AccessScope.unrestricted();
  private static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");
  private static final SegmentId SEGMENT = SegmentId.of("graduates-bj");
  private static final CustomerId B1 = CustomerId.of("B1");
  private static final CustomerId S1 = CustomerId.of("S1");
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  /**
   * A fresh, empty customer store. Called once per test, before {@link #newSegmentMemberships}.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty membership store that sees the customers of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned
   * @return the store
   */
  protected abstract SegmentMemberships newSegmentMemberships(Customers customers);

  private SegmentMemberships memberships;

  @BeforeEach
  void freshStores() {
    Customers customers = newCustomers();
    register(customers, B1, "110101199003070011", OrganizationFixture.BJ01);
    register(customers, S1, "110101199003070038", OrganizationFixture.SH01);
    memberships = newSegmentMemberships(customers);
  }

  private static void register(Customers customers, CustomerId id, String residentId, OrganizationUnitId unit) {
    IndividualCustomer.register(
            id, CustomerFixture.individualForm(residentId, "王小红", "13812345678"), unit, null, KycRiskRating.LOW, TELLER, NOW)
        .flatMap(update -> customers.save(AccessScope.unrestricted(), update))
        .getOrElseThrow(error -> new AssertionError(error.message()));
  }

  private static SegmentMembership membership(long version, CustomerId... members) {
    return new SegmentMembership(SEGMENT, version, 1, DAY.plusDays(version), new TreeSet<>(Set.of(members)));
  }

  @Nested
  class Replacing {

    @Test
    void the_first_membership_is_version_1_and_each_replacement_the_next() {
      assertThat(memberships.replace(SYSTEM, membership(1, B1, S1)).isRight()).isTrue();
      assertThat(memberships.replace(SYSTEM, membership(2, B1)).isRight()).isTrue();

      assertThat(memberships.find(SYSTEM, SEGMENT)).contains(membership(2, B1));
    }

    @Test
    void a_stale_replacement_is_a_conflict_and_overwrites_nothing() {
      memberships.replace(SYSTEM, membership(1, B1));
      memberships.replace(SYSTEM, membership(2, S1));

      assertThat(memberships.replace(SYSTEM, membership(2, B1, S1)).getLeft())
          .isEqualTo(new SegmentError.VersionConflict(SEGMENT, 1, 2));
      assertThat(memberships.find(SYSTEM, SEGMENT)).contains(membership(2, S1));
    }

    @Test
    void a_restricted_scope_may_not_replace() {
      assertThat(memberships.replace(BEIJING, membership(1, B1)).getLeft())
          .isEqualTo(new SegmentError.ScopeTooNarrow(SEGMENT));
      assertThat(memberships.find(SYSTEM, SEGMENT)).isEmpty();
    }
  }

  @Nested
  class Reading {

    @Test
    void members_outside_the_scope_are_left_out() {
      memberships.replace(SYSTEM, membership(1, B1, S1));

      assertThat(memberships.find(BEIJING, SEGMENT).get().members()).containsExactly(B1);
      assertThat(memberships.find(SYSTEM, SEGMENT).get().members()).containsExactly(B1, S1);
    }

    @Test
    void the_segments_of_a_customer_in_the_scope() {
      memberships.replace(SYSTEM, membership(1, B1, S1));

      assertThat(memberships.segmentsOf(BEIJING, B1)).containsExactly(SEGMENT);
      assertThat(memberships.segmentsOf(BEIJING, S1)).isEmpty();
      assertThat(memberships.segmentsOf(SYSTEM, S1)).containsExactly(SEGMENT);
    }
  }
}
