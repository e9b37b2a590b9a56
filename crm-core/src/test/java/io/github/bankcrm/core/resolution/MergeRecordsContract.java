package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.BEIJING;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C2;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C3;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.S1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.ConcurrentAttempts;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link MergeRecords} port. Every adapter extends this class unchanged and supplies
 * fresh stores.
 */
public abstract class MergeRecordsContract {

  private static final Actor OFFICER = Actor.of("dq-officer");

  /**
   * A fresh, empty customer store of the adapter under test.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty merge record store of the adapter under test, over these customers.
   *
   * @param customers the customers
   * @return the store
   */
  protected abstract MergeRecords newMergeRecords(Customers customers);

  private Customers customers;
  private MergeRecords records;

  @BeforeEach
  void freshStores() {
    customers = CustomerStoreFixture.withFourCustomers(newCustomers());
    records = newMergeRecords(customers);
  }

  private MergeRecord record(String id, CustomerId survivor, CustomerId absorbed) {
    IndividualCustomer kept = (IndividualCustomer) customers.findById(HEAD_OFFICE, survivor).orElseThrow();
    IndividualCustomer other = (IndividualCustomer) customers.findById(HEAD_OFFICE, absorbed).orElseThrow();
    List<MovedItem> moved = List.of(
        new MovedItem(MoveKind.ACCOUNT_HOLDER, "A1", MoveAction.TRANSFERRED, absorbed, survivor, null, 3),
        new MovedItem(MoveKind.LOAN_GUARANTOR, "L1", MoveAction.REMOVED, absorbed, null, "GENERAL|100.00|CNY", 2),
        new MovedItem(MoveKind.RELATIONSHIP, "R1", MoveAction.REMOVED, absorbed, null, "2020-01-01|", 2),
        new MovedItem(MoveKind.LIFECYCLE, absorbed.value(), MoveAction.RETAINED, absorbed, null, null, 1));
    return new MergeRecord(MergeId.of(id), kept, other, kept.version() + 1,
        Map.of(MergeField.EMAIL, absorbed, MergeField.MOBILE, survivor), moved, OFFICER, NOW, null, null);
  }

  private static MergeEvent.CustomersMerged merged(MergeRecord record) {
    return new MergeEvent.CustomersMerged(record.id(), record.survivor(), record.absorbed(), record.moved().size(),
        OFFICER, NOW);
  }

  private static MergeRecord undone(MergeRecord record) {
    return new MergeRecord(record.id(), record.survivorBefore(), record.absorbedBefore(), record.survivorVersionAfter(),
        record.fieldSources(), record.moved(), record.mergedBy(), record.mergedAt(), OFFICER, NOW.plusSeconds(60));
  }

  private static MergeEvent.MergeUndone undoneEvent(MergeRecord record) {
    return new MergeEvent.MergeUndone(record.id(), record.survivor(), record.absorbed(), record.moved().size(),
        OFFICER, NOW.plusSeconds(60));
  }

  private MergeRecord added(MergeRecord record) {
    return records.add(HEAD_OFFICE, record, merged(record)).getOrElseThrow(error -> new AssertionError(error.message()));
  }

  @Nested
  class Adding {

    @Test
    void a_record_is_stored_whole_and_links_the_absorbed_record_to_its_survivor() {
      MergeRecord record = added(record("M1", C1, C2));

      assertThat(records.findById(BEIJING, MergeId.of("M1"))).contains(record);
      assertThat(records.mergeOf(BEIJING, C2)).contains(record);
      assertThat(records.mergeOf(BEIJING, C1)).isEmpty();
      assertThat(records.absorbedInto(BEIJING, C1)).containsExactly(record);
    }

    @Test
    void a_number_taken_is_refused() {
      added(record("M1", C1, C2));

      assertThat(records.add(HEAD_OFFICE, record("M1", C1, C3), merged(record("M1", C1, C3))).getLeft())
          .isEqualTo(new MergeError.MergeExists(MergeId.of("M1")));
    }

    @Test
    void a_record_merged_away_is_not_merged_again_as_absorbed_or_survivor() {
      added(record("M1", C1, C2));

      assertThat(records.add(HEAD_OFFICE, record("M2", C3, C2), merged(record("M2", C3, C2))).getLeft())
          .isEqualTo(new MergeError.AlreadyMerged(C2, C1, MergeId.of("M1")));
      assertThat(records.add(HEAD_OFFICE, record("M3", C2, C3), merged(record("M3", C2, C3))).getLeft())
          .isEqualTo(new MergeError.AlreadyMerged(C2, C1, MergeId.of("M1")));
    }

    @Test
    void a_survivor_that_absorbed_others_is_not_absorbed_itself() {
      added(record("M1", C1, C2));

      assertThat(records.add(HEAD_OFFICE, record("M2", C3, C1), merged(record("M2", C3, C1))).getLeft())
          .isEqualTo(new MergeError.AlreadyMerged(C2, C1, MergeId.of("M1")));
      assertThat(records.findById(HEAD_OFFICE, MergeId.of("M2"))).isEmpty();
    }

    @Test
    void a_merge_with_a_customer_outside_the_scope_is_refused_and_invisible() {
      assertThat(records.add(BEIJING, record("M1", C1, S1), merged(record("M1", C1, S1))).getLeft())
          .isEqualTo(new MergeError.CustomerNotFound(S1));

      added(record("M1", C1, S1));
      assertThat(records.findById(BEIJING, MergeId.of("M1"))).isEmpty();
      assertThat(records.mergeOf(BEIJING, S1)).isEmpty();
      assertThat(records.absorbedInto(BEIJING, C1)).isEmpty();
    }

    @Test
    void an_undone_record_or_an_event_about_another_merge_is_a_programming_error() {
      assertThatThrownBy(() -> records.add(HEAD_OFFICE, undone(record("M1", C1, C2)), merged(record("M1", C1, C2))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> records.add(HEAD_OFFICE, record("M1", C1, C2), merged(record("M2", C1, C2))))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @RepeatedTest(3)
    void of_two_concurrent_merges_of_one_record_exactly_one_is_stored() throws Exception {
      List<Either<MergeError, MergeRecord>> outcomes = ConcurrentAttempts.race(List.of(
          () -> records.add(HEAD_OFFICE, record("M1", C1, C2), merged(record("M1", C1, C2))),
          () -> records.add(HEAD_OFFICE, record("M2", C3, C2), merged(record("M2", C3, C2)))));

      assertThat(outcomes).filteredOn(Either::isRight).hasSize(1);
      assertThat(outcomes).filteredOn(Either::isLeft).extracting(either -> either.getLeft().code())
          .containsExactly("already_merged");
    }
  }

  @Nested
  class Undoing {

    @Test
    void an_undone_record_is_kept_and_no_longer_links_the_two() {
      MergeRecord record = added(record("M1", C1, C2));

      MergeRecord marked = records.markUndone(HEAD_OFFICE, undone(record), undoneEvent(record))
          .getOrElseThrow(error -> new AssertionError(error.message()));

      assertThat(records.findById(HEAD_OFFICE, MergeId.of("M1"))).contains(marked);
      assertThat(marked.isUndone()).isTrue();
      assertThat(records.mergeOf(HEAD_OFFICE, C2)).isEmpty();
      assertThat(records.absorbedInto(HEAD_OFFICE, C1)).isEmpty();
      added(record("M2", C3, C2));
    }

    @Test
    void a_second_undo_is_refused() {
      MergeRecord record = added(record("M1", C1, C2));
      records.markUndone(HEAD_OFFICE, undone(record), undoneEvent(record));

      assertThat(records.markUndone(HEAD_OFFICE, undone(record), undoneEvent(record)).getLeft())
          .isEqualTo(new MergeError.AlreadyUndone());
    }

    @Test
    void an_undo_of_a_merge_not_stored_or_not_visible_is_not_found() {
      MergeRecord never = record("M9", C1, C2);
      assertThat(records.markUndone(HEAD_OFFICE, undone(never), undoneEvent(never)).getLeft())
          .isEqualTo(new MergeError.MergeNotFound(MergeId.of("M9")));

      MergeRecord shanghai = added(record("M1", C1, S1));
      assertThat(records.markUndone(BEIJING, undone(shanghai), undoneEvent(shanghai)).getLeft())
          .isEqualTo(new MergeError.MergeNotFound(MergeId.of("M1")));
    }

    @Test
    void an_undo_that_changes_more_than_the_undo_is_a_programming_error() {
      MergeRecord record = added(record("M1", C1, C2));
      MergeRecord other = undone(new MergeRecord(record.id(), record.survivorBefore(), record.absorbedBefore(),
          record.survivorVersionAfter() + 1, record.fieldSources(), record.moved(), record.mergedBy(),
          record.mergedAt(), null, null));

      assertThatThrownBy(() -> records.markUndone(HEAD_OFFICE, other, undoneEvent(record)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(records.findById(HEAD_OFFICE, MergeId.of("M1"))).contains(record);
    }
  }
}
