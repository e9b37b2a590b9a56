package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bulk saves and streaming reads of customers, on a real database: typed refusals with their index in
 * the input (inside a chunk and against stored customers), chunks that commit whole or not at all
 * even when the connection dies in the middle of one (batches and, on PostgreSQL, COPY), the upsert
 * of registrations and changes under the optimistic lock, and a keyset stream that keeps to the
 * scope. H2 and PostgreSQL run it alike.
 */
abstract class JdbcBulkContract {

  static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");
  static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");

  /** The migrated database under test, pooled. */
  abstract DataSource dataSource();

  /** The same database through connections that can be killed one by one. */
  abstract DataSource killableDataSource();

  /** Kills the database session behind a connection. */
  abstract KillingDataSource.Killer killer();

  /** A person with a resident ID and a mobile of its own, numbered {@code B00000} on. */
  static CustomerUpdate person(int i, OrganizationUnitId unit) {
    return IndividualCustomer.register(
            CustomerId.of(String.format("B%05d", i)),
            CustomerFixture.individualForm(residentId(i), "批量客户", String.format("139%08d", i)),
            unit,
            null,
            KycRiskRating.LOW,
            TELLER,
            NOW)
        .get();
  }

  /** A resident ID of its own for every {@code i} below 365,000. */
  static String residentId(int i) {
    String first17 =
        "110101"
            + LocalDate.of(1990, 1, 1).plusDays(i % 365).format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", 100 + i / 365);
    return IdentityArbitraries.withResidentIdCheck(first17);
  }

  /** Another customer number holding the resident ID of person {@code i}. */
  static CustomerUpdate impostor(String number, int i) {
    return IndividualCustomer.register(
            CustomerId.of(number),
            CustomerFixture.individualForm(residentId(i), "冒名客户", "13700000000"),
            BJ01,
            null,
            KycRiskRating.LOW,
            TELLER,
            NOW)
        .get();
  }

  static CustomerUpdate rated(CustomerUpdate before, KycRiskRating rating) {
    Customer customer = before.customer();
    return customer.rateKycRisk(customer.version(), rating, TELLER, NOW.plusSeconds(customer.version())).get();
  }

  long rows(String table, String condition) {
    return TestDatabases.count(dataSource(), table, condition);
  }

  /** Rows of every customer table, and outbox rows, of customers whose number starts so. */
  long everythingOf(String numberPrefix) {
    return TestDatabases.customerRows(dataSource(), "like '" + numberPrefix + "%'");
  }

  @Nested
  class Registration {

    @Test
    void saves_in_chunks_reports_progress_and_refuses_each_bad_registration_typed_with_its_index() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.customers().save(BEIJING, person(0, BJ01)).get();
      List<CustomerUpdate> input = new ArrayList<>();
      for (int i = 1; i <= 1200; i++) {
        input.add(person(i, BJ01));
        if (i == 600) {
          input.add(impostor("DUP-STORED", 0)); // index 600: the stored customer's document
          input.add(person(5000, SH01)); // 601: outside the scope
          input.add(impostor("DUP-CHUNK", 599)); // 602: a document saved earlier in this chunk
          input.add(person(0, BJ01)); // 603: a number already stored
        }
      }
      input.add(person(1200, BJ02)); // 1204: a number registered earlier in the same chunk
      List<long[]> progress = new ArrayList<>();

      BulkResult<CustomerId, CustomerError> result =
          crm.customers()
              .registerAll(BEIJING, input, 250, (processed, saved, refused) -> progress.add(new long[] {processed, saved, refused}));

      assertThat(result.saved()).isEqualTo(1200);
      assertThat(result.refused())
          .extracting(r -> r.index(), r -> r.id().value(), r -> r.error().code())
          .containsExactly(
              tuple(600L, "DUP-STORED", "duplicate_identity"),
              tuple(601L, "B05000", "outside_access_scope"),
              tuple(602L, "DUP-CHUNK", "duplicate_identity"),
              tuple(603L, "B00000", "version_conflict"),
              tuple(1204L, "B01200", "version_conflict"));
      assertThat(progress).extracting(p -> p[0]).containsExactly(250L, 500L, 750L, 1000L, 1205L);
      assertThat(progress.get(progress.size() - 1)).containsExactly(1205L, 1200L, 5L);
      assertThat(rows("crm_customer", "1 = 1")).isEqualTo(1201);
      assertThat(rows("crm_identity_document", "1 = 1")).as("two documents each").isEqualTo(2 * 1201);
      assertThat(rows("crm_customer_name", "customer_id = 'B00001'")).isPositive();
      assertThat(rows("crm_customer_change", "1 = 1")).isEqualTo(1201);
      assertThat(rows("crm_outbox", "event_type = 'CustomerRegistered'")).isEqualTo(1201);
      assertThat(everythingOf("DUP")).isZero();
      assertThat(crm.customers().findById(BEIJING, CustomerId.of("B01200")))
          .contains(input.get(input.size() - 2).customer());
      assertThat(crm.customers().findByIdentityDocument(BEIJING, ((IndividualCustomer) input.get(1000).customer())
              .profile().identityDocuments().get(0).key()))
          .contains(input.get(1000).customer());
    }

    @Test
    void the_refusals_are_the_same_whatever_the_chunk_size() {
      List<CustomerUpdate> input = new ArrayList<>();
      for (int i = 0; i < 90; i++) {
        input.add(i % 10 == 9 ? impostor("X" + i, i - 5) : person(i, i % 7 == 0 ? SH01 : BJ01));
      }
      List<List<String>> outcomes = new ArrayList<>();
      for (int chunkSize : new int[] {1, 7, 64, 90}) {
        JdbcCrm crm = TestDatabases.fresh(dataSource());
        BulkResult<CustomerId, CustomerError> result =
            crm.customers().registerAll(BEIJING, input, chunkSize, BulkProgress.none());
        outcomes.add(
            result.refused().stream().map(r -> r.index() + ":" + r.error().code()).toList());
        assertThat(result.saved() + result.refused().size()).isEqualTo(90);
      }
      assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isEqualTo(outcomes.get(0)));
      // 12 people in SH01 (every 7th, but 49 is an impostor); 7 impostors of a person saved before
      // them (the people they copy at 14 and 84 are in SH01, so those two impostors are saved)
      assertThat(outcomes.get(0)).hasSize(12 + 7);
    }

    @Test
    void refuses_a_change_and_a_chunk_size_out_of_range_as_programmer_errors() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      CustomerUpdate change = rated(person(1, BJ01), KycRiskRating.HIGH);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> crm.customers().registerAll(BEIJING, List.of(change), 10, BulkProgress.none()));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> crm.customers().saveAll(BEIJING, List.of(change), 0, BulkProgress.none()));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> crm.customers().saveAll(BEIJING, List.of(change), 10_001, BulkProgress.none()));
      assertThat(everythingOf("B")).isZero();
    }
  }

  @Nested
  class Upsert {

    @Test
    void inserts_new_customers_and_moves_stored_ones_from_the_expected_version_only() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      List<CustomerUpdate> first = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        first.add(person(i, BJ01));
      }
      crm.customers().saveAll(HEAD_OFFICE, first, 100, BulkProgress.none());
      CustomerUpdate stale = rated(first.get(3), KycRiskRating.HIGH);
      crm.customers().save(HEAD_OFFICE, stale).get(); // B00003 is at version 2 now
      List<CustomerUpdate> mixed = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        mixed.add(rated(first.get(i), KycRiskRating.MEDIUM)); // index i: change to version 2
        mixed.add(person(100 + i, BJ02)); // index 100 + i ... interleaved: a registration
      }
      CustomerUpdate secondStep = rated(mixed.get(10), KycRiskRating.HIGH); // B00005 to version 3
      mixed.add(secondStep); // index 200
      CustomerUpdate hidden = rated(person(300, SH01), KycRiskRating.HIGH); // never stored
      mixed.add(hidden); // index 201

      BulkResult<CustomerId, CustomerError> result =
          crm.customers().saveAll(HEAD_OFFICE, mixed, 80, BulkProgress.none());

      assertThat(result.refused())
          .extracting(r -> r.index(), r -> r.id().value(), r -> r.error())
          .containsExactly(
              tuple(6L, "B00003", new CustomerError.VersionConflict(CustomerId.of("B00003"), 1, 2)),
              tuple(201L, "B00300", new CustomerError.CustomerNotFound(CustomerId.of("B00300"))));
      assertThat(result.saved()).isEqualTo(200);
      assertThat(crm.customers().findById(HEAD_OFFICE, CustomerId.of("B00005"))).contains(secondStep.customer());
      assertThat(crm.customers().findById(HEAD_OFFICE, CustomerId.of("B00042")))
          .contains(mixed.get(84).customer());
      assertThat(crm.customers().findById(HEAD_OFFICE, CustomerId.of("B00142")))
          .contains(mixed.get(85).customer());
      assertThat(crm.customers().changes(HEAD_OFFICE, CustomerId.of("B00005")))
          .extracting(record -> record.version())
          .containsExactly(1L, 2L, 3L);
      assertThat(rows("crm_customer_change", "1 = 1")).isEqualTo(100 + 1 + 99 + 100 + 1);
      assertThat(rows("crm_outbox", "1 = 1")).isEqualTo(100 + 1 + 99 + 100 + 1);
      assertThat(rows("crm_identity_document", "1 = 1")).as("two documents each").isEqualTo(2 * 200);
      assertThat(rows("crm_customer_name", "customer_id = 'B00005'"))
          .as("search keys replaced, not added")
          .isEqualTo(rows("crm_customer_name", "customer_id = 'B00150'"));
    }

    @Test
    void a_chain_of_versions_stops_at_the_first_refused_one_as_consecutive_saves_would() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      CustomerUpdate registration = person(1, BJ01);
      CustomerUpdate toMedium = rated(registration, KycRiskRating.MEDIUM);
      CustomerUpdate moved =
          toMedium.customer().reassign(2, SH01, null, TELLER, NOW.plusSeconds(9)).get();
      CustomerUpdate afterMove = rated(moved, KycRiskRating.HIGH);

      BulkResult<CustomerId, CustomerError> result =
          crm.customers()
              .saveAll(BEIJING, List.of(registration, toMedium, moved, afterMove), 10, BulkProgress.none());

      assertThat(result.refused())
          .extracting(r -> r.index(), r -> r.error().code())
          .containsExactly(tuple(2L, "outside_access_scope"), tuple(3L, "version_conflict"));
      assertThat(crm.customers().findById(BEIJING, CustomerId.of("B00001"))).contains(toMedium.customer());
      assertThat(rows("crm_customer_change", "customer_id = 'B00001'")).isEqualTo(2);
      assertThat(rows("crm_outbox", "aggregate_id = 'B00001'")).isEqualTo(2);
    }

    @Test
    void a_change_may_take_a_document_number_that_only_its_own_customer_held() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      CustomerUpdate registration = person(1, BJ01);
      crm.customers().saveAll(BEIJING, List.of(registration), 10, BulkProgress.none());

      BulkResult<CustomerId, CustomerError> result =
          crm.customers()
              .saveAll(
                  BEIJING,
                  List.of(rated(registration, KycRiskRating.HIGH), impostor("B9", 1)),
                  10,
                  BulkProgress.none());

      assertThat(result.refused()).extracting(r -> r.index(), r -> r.error().code())
          .containsExactly(tuple(1L, "duplicate_identity"));
      assertThat(rows("crm_identity_document", "customer_id = 'B00001'")).as("its two documents").isEqualTo(2);
    }
  }

  @Nested
  class FailureInTheMiddleOfAChunk {

    /** Two chunks of 100 (enough for COPY on PostgreSQL): changes and registrations in each. */
    private List<CustomerUpdate> load(List<CustomerUpdate> stored) {
      List<CustomerUpdate> input = new ArrayList<>();
      for (int chunk = 0; chunk < 2; chunk++) {
        for (int i = 0; i < 90; i++) {
          input.add(person(1000 + chunk * 100 + i, BJ01));
        }
        for (int i = 0; i < 10; i++) {
          input.add(rated(stored.get(chunk * 10 + i), KycRiskRating.HIGH));
        }
      }
      return input;
    }

    private List<CustomerUpdate> storeTwenty(JdbcCrm crm) {
      List<CustomerUpdate> stored = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        stored.add(person(i, BJ01));
      }
      crm.customers().saveAll(BEIJING, stored, 20, BulkProgress.none());
      return stored;
    }

    @Test
    void a_kill_before_any_statement_of_the_second_chunk_leaves_that_chunk_unsaved_and_the_first_saved() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      List<CustomerUpdate> stored = storeTwenty(crm);
      List<CustomerUpdate> input = load(stored);
      KillingDataSource counting = new KillingDataSource(killableDataSource(), Integer.MAX_VALUE, victim -> {});
      long[] afterFirstChunk = new long[1];
      JdbcCrm.on(counting)
          .customers()
          .saveAll(BEIJING, input, 100, (processed, saved, refused) -> {
            if (processed == 100) {
              afterFirstChunk[0] = counting.statements();
            }
          });
      int statements = counting.statements();
      assertThat(statements - afterFirstChunk[0]).as("statements of the second chunk").isGreaterThan(5);
      long storedRows = 0;

      for (int killAt = (int) afterFirstChunk[0] + 1; killAt <= statements; killAt++) {
        JdbcCrm fresh = TestDatabases.fresh(dataSource());
        storeTwenty(fresh);
        storedRows = rows("crm_customer_change", "1 = 1") + rows("crm_outbox", "1 = 1");
        List<Long> told = new ArrayList<>();
        JdbcCrm doomed = JdbcCrm.on(new KillingDataSource(killableDataSource(), killAt, killer()));

        assertThatThrownBy(() -> doomed.customers().saveAll(BEIJING, input, 100, (processed, saved, refused) -> told.add(processed)))
            .as("killed at statement %d", killAt)
            .isInstanceOf(JdbcStorageException.class);
        assertThat(told).as("chunks committed").containsExactly(100L);
        assertThat(everythingOf("B011")).as("rows of the second chunk's new customers").isZero();
        assertThat(rows("crm_customer", "id like 'B010%'")).isEqualTo(90);
        assertThat(rows("crm_customer", "version = 2")).as("changes committed").isEqualTo(10);
        assertThat(rows("crm_customer", "version = 2 and id >= 'B00010' and id < 'B00020'")).isZero();
        assertThat(rows("crm_customer_change", "1 = 1") + rows("crm_outbox", "1 = 1"))
            .isEqualTo(storedRows + 2 * 100);
        assertThat(fresh.customers().findById(BEIJING, CustomerId.of("B00015")))
            .contains(stored.get(15).customer());
      }
      assertThat(storedRows).isEqualTo(40);
    }
  }

  @Nested
  class Holdings {

    private static final java.time.LocalDate DAY = io.github.bankcrm.core.holding.HoldingFixture.OPENED;

    private io.github.bankcrm.core.holding.AccountUpdate opening(int i, CustomerId owner) {
      return io.github.bankcrm.core.holding.Account.open(
              io.github.bankcrm.core.holding.AccountId.of(String.format("A%05d", i)),
              io.github.bankcrm.core.holding.HoldingFixture.form(
                  String.format("62220200%08d", i),
                  io.github.bankcrm.core.holding.ProductType.DEPOSIT,
                  "100.00",
                  owner),
              io.github.bankcrm.core.holding.HoldingFixture.TODAY,
              TELLER,
              NOW)
          .get();
    }

    private io.github.bankcrm.core.holding.AccountUpdate balance(
        io.github.bankcrm.core.holding.AccountUpdate before, int day, String amount) {
      io.github.bankcrm.core.holding.Account account = before.account();
      return account
          .recordBalance(
              account.version(),
              DAY.plusDays(day),
              io.github.bankcrm.core.holding.HoldingFixture.cny(amount),
              io.github.bankcrm.core.holding.HoldingFixture.TODAY,
              TELLER,
              NOW.plusSeconds(day))
          .get();
    }

    @Test
    void openings_and_daily_balances_load_in_chunks_as_one_row_per_account_with_every_event() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.customers().registerAll(HEAD_OFFICE, List.of(person(1, BJ01), person(2, SH01)), 10, BulkProgress.none());
      CustomerId owner = CustomerId.of("B00001");
      List<io.github.bankcrm.core.holding.AccountUpdate> input = new ArrayList<>();
      List<io.github.bankcrm.core.holding.AccountUpdate> last = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        io.github.bankcrm.core.holding.AccountUpdate update = opening(i, owner);
        input.add(update);
        for (int day = 1; day <= 5; day++) {
          update = balance(update, day, (100 + i) + "." + day + "0");
          input.add(update);
        }
        last.add(update);
      }
      io.github.bankcrm.core.holding.AccountUpdate stored = opening(900, owner);
      crm.accounts().save(BEIJING, stored).get();
      input.add(opening(7, owner)); // 360: A00007, opened earlier in this load, opened again
      input.add(balance(stored, 1, "5.00")); // 361: a balance of a stored account
      input.add(opening(902, CustomerId.of("B00002"))); // 362: owner outside the scope
      input.add(input.get(3)); // 363: a version recorded already
      List<Long> told = new ArrayList<>();

      BulkResult<io.github.bankcrm.core.holding.AccountId, io.github.bankcrm.core.holding.HoldingError> result =
          crm.accounts().saveAll(BEIJING, input, 100, (processed, saved, refused) -> told.add(processed));

      assertThat(result.refused())
          .extracting(r -> r.index(), r -> r.id().value(), r -> r.error().code())
          .containsExactly(
              tuple(360L, "A00007", "version_conflict"),
              tuple(362L, "A00902", "customer_not_found"),
              tuple(363L, "A00000", "version_conflict"));
      assertThat(result.saved()).isEqualTo(361);
      assertThat(told).containsExactly(100L, 200L, 300L, 364L);
      for (io.github.bankcrm.core.holding.AccountUpdate update : last) {
        assertThat(crm.accounts().findById(BEIJING, update.account().id())).contains(update.account());
      }
      assertThat(rows("crm_account", "1 = 1")).isEqualTo(61);
      assertThat(rows("crm_account", "version = 6")).isEqualTo(60);
      assertThat(rows("crm_account_holder", "1 = 1")).isEqualTo(61);
      assertThat(rows("crm_outbox", "aggregate_type = 'Account'")).isEqualTo(360 + 1 + 1);
      assertThat(crm.accounts().findById(BEIJING, stored.account().id()).get().version()).isEqualTo(2);
    }

    @Test
    void a_second_account_with_a_taken_number_is_refused_in_the_chunk_and_against_stored_rows() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.customers().registerAll(BEIJING, List.of(person(1, BJ01)), 10, BulkProgress.none());
      CustomerId owner = CustomerId.of("B00001");
      crm.accounts().save(BEIJING, opening(1, owner)).get();
      io.github.bankcrm.core.holding.AccountUpdate sameNumberAsStored =
          io.github.bankcrm.core.holding.Account.open(
                  io.github.bankcrm.core.holding.AccountId.of("X1"),
                  io.github.bankcrm.core.holding.HoldingFixture.form(
                      opening(1, owner).account().number().value(),
                      io.github.bankcrm.core.holding.ProductType.DEPOSIT, "1.00", owner),
                  io.github.bankcrm.core.holding.HoldingFixture.TODAY, TELLER, NOW)
              .get();
      io.github.bankcrm.core.holding.AccountUpdate sameNumberInChunk =
          io.github.bankcrm.core.holding.Account.open(
                  io.github.bankcrm.core.holding.AccountId.of("X2"),
                  io.github.bankcrm.core.holding.HoldingFixture.form(
                      opening(2, owner).account().number().value(),
                      io.github.bankcrm.core.holding.ProductType.DEPOSIT, "1.00", owner),
                  io.github.bankcrm.core.holding.HoldingFixture.TODAY, TELLER, NOW)
              .get();

      BulkResult<io.github.bankcrm.core.holding.AccountId, io.github.bankcrm.core.holding.HoldingError> result =
          crm.accounts()
              .saveAll(BEIJING, List.of(sameNumberAsStored, opening(2, owner), sameNumberInChunk), 10, BulkProgress.none());

      assertThat(result.refused())
          .extracting(r -> r.index(), r -> r.id().value(), r -> r.error().code())
          .containsExactly(tuple(0L, "X1", "duplicate_account_number"), tuple(2L, "X2", "duplicate_account_number"));
      assertThat(rows("crm_account", "1 = 1")).isEqualTo(2);
    }
  }

  @Nested
  class Streaming {

    @Test
    void streams_every_customer_of_the_scope_once_in_number_order_page_by_page() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      List<CustomerUpdate> input = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        input.add(person(i * 7, i % 4 == 0 ? SH01 : (i % 3 == 0 ? BJ02 : BJ01)));
      }
      crm.customers().registerAll(HEAD_OFFICE, input, 16, BulkProgress.none());
      List<Customer> expected =
          input.stream()
              .map(CustomerUpdate::customer)
              .filter(customer -> !customer.owningUnit().equals(SH01))
              .sorted(java.util.Comparator.comparing(customer -> customer.id().value()))
              .toList();

      for (int pageSize : new int[] {1, 7, 30, 1000}) {
        try (Stream<Customer> stream = crm.customers().stream(BEIJING, pageSize)) {
          assertThat(stream.toList()).as("page size %d", pageSize).containsExactlyElementsOf(expected);
        }
      }
      try (Stream<Customer> none = crm.customers().stream(OrganizationFixture.scopeOf(), 10)) {
        assertThat(none).isEmpty();
      }
    }

    @Test
    void a_stream_reads_only_the_pages_it_needs_and_a_closed_one_gives_its_connection_back() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      List<CustomerUpdate> input = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        input.add(person(i, BJ01));
      }
      crm.customers().registerAll(BEIJING, input, 50, BulkProgress.none());
      KillingDataSource counting = new KillingDataSource(dataSource(), Integer.MAX_VALUE, victim -> {});

      List<String> firstTwelve;
      try (Stream<Customer> stream = JdbcCrm.on(counting).customers().stream(BEIJING, 5)) {
        firstTwelve = stream.limit(12).map(customer -> customer.id().value()).toList();
      }

      assertThat(firstTwelve).hasSize(12).startsWith("B00000").endsWith("B00011");
      // the path of the granted unit once, then three pages of (customers, their document numbers)
      assertThat(counting.statements()).isEqualTo(1 + 3 * 2);
      assertThat(crm.customers().findById(BEIJING, CustomerId.of("B00049"))).isPresent();
    }
  
    @Test
    void a_keyset_scan_reads_every_customer_of_the_scope_once_in_number_order() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      List<CustomerUpdate> input = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        input.add(person(i * 7, i % 4 == 0 ? SH01 : BJ01));
      }
      crm.customers().registerAll(HEAD_OFFICE, input, 16, BulkProgress.none());
      List<String> expected =
          input.stream()
              .map(CustomerUpdate::customer)
              .filter(customer -> customer.owningUnit().equals(BJ01))
              .map(customer -> customer.id().value())
              .sorted()
              .toList();

      List<String> scanned = new ArrayList<>();
      CustomerId after = null;
      for (List<Customer> batch = crm.customers().scan(BEIJING, null, 7);
          !batch.isEmpty();
          batch = crm.customers().scan(BEIJING, after, 7)) {
        batch.forEach(customer -> scanned.add(customer.id().value()));
        after = batch.get(batch.size() - 1).id();
      }

      assertThat(scanned).containsExactlyElementsOf(expected);
    }
  }
}
