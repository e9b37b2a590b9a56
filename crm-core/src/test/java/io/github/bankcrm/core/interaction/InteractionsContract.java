package io.github.bankcrm.core.interaction;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.BEIJING;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C2;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.S1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Interactions} port. Every adapter extends this class unchanged and supplies
 * a fresh, empty customer store from {@link #newCustomers()} and an interaction store over the same
 * storage from {@link #newInteractions(Customers)}.
 */
public abstract class InteractionsContract {

  /**
   * A fresh, empty customer store; the contract registers its customers.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty interaction store that sees the customers of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned
   * @return the store
   */
  protected abstract Interactions newInteractions(Customers customers);

  private Interactions interactions;

  @BeforeEach
  void freshStores() {
    interactions = newInteractions(CustomerStoreFixture.withFourCustomers(newCustomers()));
  }

  private Interaction saved(InteractionUpdate update) {
    return interactions.save(HEAD_OFFICE, update).getOrElseThrow(error -> new AssertionError(error.message()));
  }

  @Nested
  class Saving {

    @Test
    void a_record_is_stored_whole_with_its_notes() {
      Interaction saved = saved(InteractionFixture.complaint("I1", C1, ComplaintSeverity.SERIOUS, NOW.minusSeconds(60)));

      Interaction found = interactions.findById(BEIJING, InteractionId.of("I1")).orElseThrow();
      assertThat(found).isEqualTo(saved);
      assertThat(found.notes()).isEqualTo("customer called about a fee");
    }

    @Test
    void a_complaint_move_over_a_stale_version_is_refused_and_stores_nothing() {
      Interaction saved = saved(InteractionFixture.complaint("I1", C1, ComplaintSeverity.MINOR, NOW));
      saved(saved.moveComplaint(1, ComplaintState.IN_PROGRESS, TELLER, NOW).get());

      var stale = interactions.save(HEAD_OFFICE, saved.moveComplaint(1, ComplaintState.WITHDRAWN, TELLER, NOW).get());

      assertThat(stale.getLeft()).isEqualTo(new InteractionError.VersionConflict(InteractionId.of("I1"), 1, 2));
      assertThat(interactions.findById(HEAD_OFFICE, InteractionId.of("I1")).orElseThrow().complaint().state())
          .isEqualTo(ComplaintState.IN_PROGRESS);
    }

    @Test
    void a_number_taken_is_a_version_conflict() {
      saved(InteractionFixture.inquiry("I1", C1, NOW));

      assertThat(interactions.save(HEAD_OFFICE, InteractionFixture.inquiry("I1", C2, NOW)).getLeft().code())
          .isEqualTo("version_conflict");
    }

    @Test
    void a_record_for_a_customer_outside_the_scope_is_refused() {
      assertThat(interactions.save(BEIJING, InteractionFixture.inquiry("I1", S1, NOW)).getLeft())
          .isEqualTo(new InteractionError.CustomerNotFound(S1));
    }
  }

  @Nested
  class Reassigning {

    @Test
    void a_reassigned_contact_is_listed_under_the_new_customer_only() {
      Interaction recorded = saved(InteractionFixture.inquiry("I1", C1, NOW));

      Interaction moved = saved(recorded.reassign(1, C2, TELLER, NOW).get());

      assertThat(interactions.findById(BEIJING, InteractionId.of("I1"))).contains(moved);
      assertThat(interactions.ofCustomer(BEIJING, C2, NOW.minusSeconds(1), NOW.plusSeconds(1))).containsExactly(moved);
      assertThat(interactions.ofCustomer(BEIJING, C1, NOW.minusSeconds(1), NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void a_new_customer_outside_the_scope_is_refused() {
      Interaction recorded = saved(InteractionFixture.inquiry("I1", C1, NOW));

      assertThat(interactions.save(BEIJING, recorded.reassign(1, S1, TELLER, NOW).get()).getLeft())
          .isEqualTo(new InteractionError.CustomerNotFound(S1));
      assertThat(interactions.findById(BEIJING, InteractionId.of("I1"))).contains(recorded);
    }
  }

  @Nested
  class Reading {

    @Test
    void an_interaction_outside_the_scope_does_not_exist() {
      saved(InteractionFixture.inquiry("I1", S1, NOW));

      assertThat(interactions.findById(BEIJING, InteractionId.of("I1"))).isEmpty();
      assertThat(interactions.ofCustomer(BEIJING, S1, NOW.minus(Duration.ofDays(1)), NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void the_contacts_of_a_period_are_listed_oldest_first_end_excluded() {
      saved(InteractionFixture.inquiry("I3", C1, NOW.minus(Duration.ofDays(1))));
      saved(InteractionFixture.inquiry("I1", C1, NOW.minus(Duration.ofDays(3))));
      saved(InteractionFixture.inquiry("I2", C1, NOW.minus(Duration.ofDays(10))));
      saved(InteractionFixture.inquiry("I4", C2, NOW.minus(Duration.ofDays(1))));
      saved(InteractionFixture.inquiry("I5", C1, NOW));

      assertThat(interactions.ofCustomer(HEAD_OFFICE, C1, NOW.minus(Duration.ofDays(5)), NOW))
          .extracting(interaction -> interaction.id().value())
          .containsExactly("I1", "I3");
    }

    @Test
    void open_complaints_are_the_received_and_in_progress_ones() {
      Interaction resolved = saved(InteractionFixture.complaint("I1", C1, ComplaintSeverity.MINOR, NOW.minusSeconds(30)));
      saved(resolved.moveComplaint(1, ComplaintState.RESOLVED, TELLER, NOW).get());
      saved(InteractionFixture.complaint("I2", C1, ComplaintSeverity.CRITICAL, NOW.minusSeconds(20)));
      saved(InteractionFixture.inquiry("I3", C1, NOW.minusSeconds(10)));

      assertThat(interactions.openComplaints(HEAD_OFFICE, C1))
          .extracting(interaction -> interaction.id().value())
          .containsExactly("I2");
    }
  }
}
