package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerEvent;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerSearch;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.group.Group;
import io.github.bankcrm.core.group.GroupId;
import io.github.bankcrm.core.group.GroupType;
import io.github.bankcrm.core.group.SegmentId;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.AccountNumber;
import io.github.bankcrm.core.holding.AccountUpdate;
import io.github.bankcrm.core.holding.AssignmentHistory;
import io.github.bankcrm.core.holding.AssignmentUpdate;
import io.github.bankcrm.core.holding.Collateral;
import io.github.bankcrm.core.holding.CollateralId;
import io.github.bankcrm.core.holding.CollateralType;
import io.github.bankcrm.core.holding.DueBillId;
import io.github.bankcrm.core.holding.Guarantee;
import io.github.bankcrm.core.holding.GuaranteeType;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.HoldingEvent;
import io.github.bankcrm.core.holding.HoldingFixture;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.holding.LoanContractUpdate;
import io.github.bankcrm.core.holding.OwnershipRole;
import io.github.bankcrm.core.holding.ProductCode;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationHierarchy;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.resolution.MatchModel;
import io.github.bankcrm.core.resolution.MatchReview;
import io.github.bankcrm.core.resolution.MatchReviewId;
import io.github.bankcrm.core.resolution.MatchReviewUpdate;
import io.github.bankcrm.core.resolution.ResolutionFixture;
import io.github.bankcrm.core.resolution.ReviewDecision;
import io.github.bankcrm.core.resolution.ReviewError;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.PageRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the JDBC adapter guarantees beyond the port contracts, on a real database: atomic saves with
 * history and outbox, even when the connection dies mid-save; no SQL built from user strings; scope
 * by unit path; identity numbers encrypted with a blind index; typed errors. H2 and PostgreSQL run it
 * alike.
 */
abstract class JdbcGuaranteesContract {

  private static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");
  private static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");
  private static final CustomerId C001 = CustomerId.of("C001");
  private static final RelationshipManagerId MANAGER = RelationshipManagerId.of("RM001");

  /** The migrated database under test, pooled. */
  abstract DataSource dataSource();

  /**
   * The same database through connections that can be killed one by one (not handed out twice).
   */
  abstract DataSource killableDataSource();

  /** Kills the database session behind a connection, as a network cut or a DBA would. */
  abstract KillingDataSource.Killer killer();

  /** A database of the same kind with no tables at all. */
  abstract DataSource emptyDatabase();

  private static CustomerUpdate registration() {
    return IndividualCustomer.register(
            C001, CustomerFixture.individualForm(), BJ01, null, KycRiskRating.LOW, TELLER, NOW)
        .get();
  }

  private long rows(String table, String condition) {
    return TestDatabases.count(dataSource(), table, condition);
  }

  private long everythingOf(String customer) {
    return TestDatabases.customerRows(dataSource(), "= '" + customer + "'");
  }

  @Nested
  class AtomicSaves {

    @Test
    void a_registration_stores_the_customer_its_history_and_its_event_together() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());

      crm.customers().save(BEIJING, registration()).get();

      assertThat(rows("crm_customer", "id = 'C001' and version = 1")).isEqualTo(1);
      assertThat(rows("crm_customer_change", "customer_id = 'C001'")).isEqualTo(1);
      List<OutboxMessage> pending = crm.outbox().pending(10);
      assertThat(pending)
          .extracting(OutboxMessage::aggregateType, OutboxMessage::eventType, OutboxMessage::aggregateVersion)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Customer", "CustomerRegistered", 1L));
      assertThat(event(pending.get(0).payload())).isEqualTo(registration().events().get(0));
    }

    @Test
    void a_registration_killed_before_any_of_its_statements_leaves_nothing() {
      TestDatabases.fresh(dataSource());
      KillingDataSource counting = new KillingDataSource(killableDataSource(), Integer.MAX_VALUE, victim -> {});
      JdbcCrm.on(counting).customers().save(BEIJING, registration()).get();
      int statements = counting.statements();
      assertThat(statements).as("statements of one registration").isGreaterThan(5);

      for (int killAt = 1; killAt <= statements; killAt++) {
        TestDatabases.fresh(dataSource());
        JdbcCrm doomed = JdbcCrm.on(new KillingDataSource(killableDataSource(), killAt, killer()));

        assertThatThrownBy(() -> doomed.customers().save(BEIJING, registration()))
            .as("killed at statement %d", killAt)
            .isInstanceOf(JdbcStorageException.class);
        assertThat(everythingOf("C001")).as("rows left after a kill at statement %d", killAt).isZero();
      }
    }

    @Test
    void a_change_killed_before_any_of_its_statements_leaves_the_previous_version_whole() {
      TestDatabases.fresh(dataSource());
      KillingDataSource counting = new KillingDataSource(killableDataSource(), Integer.MAX_VALUE, victim -> {});
      JdbcCrm counted = JdbcCrm.on(counting);
      counted.customers().save(BEIJING, registration()).get();
      int before = counting.statements();
      IndividualCustomer stored = (IndividualCustomer) registration().customer();
      CustomerUpdate change = stored.rateKycRisk(1, KycRiskRating.HIGH, TELLER, NOW).get();
      counted.customers().save(BEIJING, change).get();
      int statements = counting.statements() - before;
      long rowsOfVersion1 = 0;

      for (int killAt = 1; killAt <= statements; killAt++) {
        JdbcCrm crm = TestDatabases.fresh(dataSource());
        crm.customers().save(BEIJING, registration()).get();
        rowsOfVersion1 = everythingOf("C001");
        JdbcCrm doomed = JdbcCrm.on(new KillingDataSource(killableDataSource(), killAt, killer()));

        assertThatThrownBy(() -> doomed.customers().save(BEIJING, change))
            .isInstanceOf(JdbcStorageException.class);
        assertThat(everythingOf("C001")).as("rows after a kill at statement %d", killAt)
            .isEqualTo(rowsOfVersion1);
        assertThat(crm.customers().findById(BEIJING, C001)).contains(stored);
      }
      assertThat(rowsOfVersion1).isPositive();
    }

    @Test
    void a_refused_save_writes_no_history_and_no_event() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.customers().save(BEIJING, registration()).get();
      CustomerUpdate duplicate =
          IndividualCustomer.register(
                  CustomerId.of("C002"), CustomerFixture.individualForm(), BJ01, null, KycRiskRating.LOW, TELLER, NOW)
              .get();

      assertThat(crm.customers().save(BEIJING, duplicate).getLeft())
          .isInstanceOf(CustomerError.DuplicateIdentity.class);
      assertThat(everythingOf("C002")).isZero();
      assertThat(crm.outbox().pending(10)).hasSize(1);
    }
  }

  @Nested
  class Outbox {

    @Test
    void published_messages_are_no_longer_pending() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.customers().save(BEIJING, registration()).get();
      IndividualCustomer stored = (IndividualCustomer) registration().customer();
      crm.customers().save(BEIJING, stored.rateKycRisk(1, KycRiskRating.HIGH, TELLER, NOW).get()).get();
      List<OutboxMessage> pending = crm.outbox().pending(10);

      int marked = crm.outbox().markPublished(List.of(pending.get(0).id()), NOW);

      assertThat(pending).extracting(OutboxMessage::eventType)
          .containsExactly("CustomerRegistered", "KycRiskRatingChanged");
      assertThat(marked).isEqualTo(1);
      assertThat(crm.outbox().pending(10)).extracting(OutboxMessage::aggregateVersion).containsExactly(2L);
      assertThat(crm.outbox().markPublished(List.of(pending.get(0).id()), NOW)).isZero();
    }

    @Test
    void group_events_go_to_the_outbox_too() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.groups().save(HEAD_OFFICE, Group.create(GroupId.of("H1"), GroupType.HOUSEHOLD, "王家", BJ01, TELLER, NOW).get()).get();

      assertThat(crm.outbox().pending(10)).extracting(OutboxMessage::aggregateType, OutboxMessage::eventType)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Group", "GroupCreated"));
    }
  }

  @Nested
  class NoSqlFromUserStrings {

    private static final List<String> PAYLOADS =
        List.of(
            "name, (CASE WHEN (1=1) THEN 1 END)",
            "(SELECT pg_sleep(3))",
            "'; DROP TABLE crm_customer; --",
            "' OR '1'='1",
            "%",
            "_",
            "!",
            "\\");

    @Test
    void search_terms_are_plain_values() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.customers().save(BEIJING, registration()).get();

      for (String payload : PAYLOADS) {
        assertThat(crm.customers().search(HEAD_OFFICE, new CustomerSearch.ByName(payload), PageRequest.first(10)).items())
            .as("customers whose name contains %s", payload)
            .isEmpty();
        for (CustomerOrder order : CustomerOrder.values()) {
          assertThat(crm.customers().search(HEAD_OFFICE, new CustomerSearch.ByName(payload), order, PageRequest.first(10)).total())
              .isZero();
        }
      }
      assertThat(rows("crm_customer", "1 = 1")).isEqualTo(1);
    }

    @Test
    void a_name_made_of_sql_is_stored_and_found_as_written() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      for (int i = 0; i < PAYLOADS.size(); i++) {
        String name = "Trading Co " + PAYLOADS.get(i);
        GroupId group = GroupId.of("G" + i);
        crm.groups().save(HEAD_OFFICE, Group.create(group, GroupType.CAMPAIGN_LIST, name, BJ01, TELLER, NOW).get()).get();
        assertThat(crm.organizationUnits().rename(BJ, "北京 " + PAYLOADS.get(i)).get().name())
            .isEqualTo("北京 " + PAYLOADS.get(i));
        assertThat(crm.groups().findById(HEAD_OFFICE, group).get().name()).isEqualTo(name);
      }
      CustomerUpdate company =
          CorporateCustomer.register(
                  CustomerId.of("K001"),
                  CustomerFixture.corporateForm(CustomerFixture.CREDIT_CODE, "O'Neil; DROP TABLE crm_customer; -- 100%_done"),
                  BJ01, null, KycRiskRating.LOW, TELLER, NOW)
              .get();
      crm.customers().save(HEAD_OFFICE, company).get();

      assertThat(crm.customers().search(BEIJING, new CustomerSearch.ByName("; drop table crm_customer; -- 100%_"), PageRequest.first(10)).items())
          .containsExactly(company.customer());
      assertThat(crm.customers().search(BEIJING, new CustomerSearch.ByName("100%x"), PageRequest.first(10)).items())
          .isEmpty();
      assertThat(crm.groups().list(HEAD_OFFICE, null, PageRequest.first(100)).total()).isEqualTo(PAYLOADS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"name, (CASE WHEN (1=1) THEN 1 END)", "(SELECT pg_sleep(3))", "'; DROP TABLE crm_customer; --", "c.id desc"})
    void keys_codes_and_sort_orders_are_refused_before_they_reach_sql(String payload) {
      assertThat(CustomerId.parse(payload).isInvalid()).isTrue();
      assertThat(GroupId.parse(payload).isInvalid()).isTrue();
      assertThat(SegmentId.parse(payload).isInvalid()).isTrue();
      assertThat(OrganizationUnitId.parse(payload).isInvalid()).isTrue();
      assertThat(CustomerSearch.byMobile(payload).isInvalid()).isTrue();
      assertThat(IdentityDocumentKey.parse(IdentityDocumentType.PASSPORT, payload, "CN").isInvalid()).isTrue();
      assertThatIllegalArgumentException().isThrownBy(() -> CustomerOrder.valueOf(payload));
    }
  }

  @Nested
  class ScopeByUnitPath {

    @Test
    void a_unit_code_with_a_like_wildcard_matches_only_itself() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      OrganizationUnit underscore = new OrganizationUnit(OrganizationUnitId.of("BJ_1"), "下划线支行", OrganizationLevel.SUB_BRANCH, BJ);
      OrganizationUnit lookalike = new OrganizationUnit(OrganizationUnitId.of("BJX1"), "相似支行", OrganizationLevel.SUB_BRANCH, BJ);
      crm.organizationUnits().add(underscore).get();
      crm.organizationUnits().add(lookalike).get();
      OrganizationHierarchy tree = crm.organizationUnits().hierarchy();
      crm.customers()
          .save(AccessScope.of(tree, List.of(OrganizationFixture.HO)), IndividualCustomer.register(C001, CustomerFixture.individualForm(), lookalike.id(), null, KycRiskRating.LOW, TELLER, NOW).get())
          .get();

      AccessScope onlyUnderscore = AccessScope.of(tree, List.of(underscore.id()));
      AccessScope onlyLookalike = AccessScope.of(tree, List.of(lookalike.id()));

      assertThat(crm.customers().findById(onlyUnderscore, C001)).isEmpty();
      assertThat(crm.customers().findById(onlyLookalike, C001)).isPresent();
      assertThat(crm.customers().findById(AccessScope.unrestricted(), C001)).isPresent();
    }
  }

  @Nested
  class EncryptedDocumentNumbers {

    private final DocumentNumberProtection encrypted =
        DocumentNumberProtection.encrypted(
            DocumentNumberCipher.aesGcm(new SecretKeySpec(new byte[32], "AES")),
            new SecretKeySpec("index-key-of-the-test".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));

    @Test
    void numbers_are_stored_encrypted_and_found_by_blind_index() {
      JdbcCrm crm = TestDatabases.fresh(dataSource(), encrypted);
      Customer person = crm.customers().save(BEIJING, registration()).get();

      assertThat(rows("crm_identity_document", "stored_number like '%" + CustomerFixture.RESIDENT_ID + "%'")).isZero();
      assertThat(rows("crm_identity_document", "lookup_key like '%" + CustomerFixture.RESIDENT_ID + "%'")).isZero();
      assertThat(rows("crm_customer", "cast(document as varchar(100000)) like '%" + CustomerFixture.RESIDENT_ID + "%'")).isZero();
      assertThat(readColumn("select lookup_key from crm_identity_document where ordinal = 0")).matches("[0-9a-f]{64}");
      assertThat(crm.customers().findByIdentityDocument(BEIJING,
              new IdentityDocumentKey(IdentityDocumentType.RESIDENT_ID_CARD, CustomerFixture.RESIDENT_ID, CountryCode.CHINA)))
          .contains(person);
      assertThat(crm.customers().findById(BEIJING, C001)).contains(person);
    }

    @Test
    void a_duplicate_document_is_refused_through_the_blind_index() {
      JdbcCrm crm = TestDatabases.fresh(dataSource(), encrypted);
      crm.customers().save(BEIJING, registration()).get();
      CustomerUpdate second =
          IndividualCustomer.register(CustomerId.of("C002"), CustomerFixture.individualForm(), BJ01, null, KycRiskRating.LOW, TELLER, NOW).get();

      assertThat(crm.customers().save(BEIJING, second).getLeft()).isInstanceOf(CustomerError.DuplicateIdentity.class);
    }

    @Test
    void numbers_do_not_decrypt_with_another_key() {
      TestDatabases.fresh(dataSource(), encrypted).customers().save(BEIJING, registration()).get();
      JdbcCrm otherKey =
          JdbcCrm.on(dataSource(),
              DocumentNumberProtection.encrypted(
                  DocumentNumberCipher.aesGcm(new SecretKeySpec(new byte[16], "AES")),
                  new SecretKeySpec(new byte[32], "HmacSHA256")));

      assertThatThrownBy(() -> otherKey.customers().findById(BEIJING, C001))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageNotContaining(CustomerFixture.RESIDENT_ID);
    }

    @Test
    void plain_protection_stores_the_normalised_number_itself() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.customers().save(BEIJING, registration()).get();

      assertThat(readColumn("select stored_number from crm_identity_document where ordinal = 0"))
          .isEqualTo(CustomerFixture.RESIDENT_ID);
      assertThat(readColumn("select lookup_key from crm_identity_document where ordinal = 0"))
          .isEqualTo(CustomerFixture.RESIDENT_ID);
      assertThat(rows("crm_customer", "cast(document as varchar(100000)) like '%" + CustomerFixture.RESIDENT_ID + "%'")).isZero();
    }
  }

  @Nested
  class PersonalDataStaysOutOfMessages {

    @Test
    void a_storage_failure_and_the_adapter_descriptions_name_no_personal_data() {
      TestDatabases.fresh(dataSource());
      JdbcCrm doomed = JdbcCrm.on(new KillingDataSource(killableDataSource(), 6, killer()));
      DocumentNumberProtection encrypted =
          DocumentNumberProtection.encrypted(
              DocumentNumberCipher.aesGcm(new SecretKeySpec(new byte[16], "AES")),
              new SecretKeySpec(new byte[32], "HmacSHA256"));

      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
          () -> doomed.customers().save(BEIJING, registration()));

      assertThat(failure).isInstanceOf(JdbcStorageException.class);
      for (String described :
          List.of(
              failure.getMessage(),
              doomed.toString(),
              doomed.customers().toString(),
              doomed.groups().toString(),
              encrypted.toString(),
              DocumentNumberCipher.aesGcm(new SecretKeySpec(new byte[16], "AES")).toString())) {
        assertThat(described)
            .doesNotContain(CustomerFixture.RESIDENT_ID, "王小红", "13812345678", "xiaohong.wang@example.com");
      }
    }
  }

  @Nested
  class Errors {

    @Test
    void a_database_failure_keeps_its_cause_and_sql_state_and_names_no_data() {
      JdbcCrm crm = JdbcCrm.on(emptyDatabase());

      assertThatThrownBy(() -> crm.customers().findById(HEAD_OFFICE, C001))
          .isInstanceOfSatisfying(
              JdbcStorageException.class,
              e -> {
                assertThat(e.sqlState()).startsWith("42");
                assertThat((Throwable) e.getCause()).isInstanceOf(SQLException.class);
                assertThat(e.getCause().getSQLState()).isEqualTo(e.sqlState());
                assertThat(e.isConstraintViolation()).isFalse();
              })
          .hasMessageStartingWith("find customer failed (SQLState 42");
    }

    @Test
    void an_unsupported_database_is_refused_at_once() {
      assertThat(SqlDialect.of(dataSource())).isIn(SqlDialect.H2, SqlDialect.POSTGRESQL);
    }
  }

  @Nested
  class Migrations {

    @Test
    void migrating_again_applies_nothing() {
      assertThat(JdbcCrm.migrate(dataSource())).isZero();
    }

    @Test
    void an_applied_script_that_was_changed_is_refused() throws SQLException {
      DataSource scratch = emptyDatabase();
      assertThat(JdbcCrm.migrate(scratch)).as("every shipped script").isEqualTo(shippedScripts(scratch)).isGreaterThanOrEqualTo(5);
      try (Connection connection = scratch.getConnection();
          Statement statement = connection.createStatement()) {
        statement.executeUpdate("update \"crm_schema_history\" set \"checksum\" = \"checksum\" + 1 where \"version\" = '1'");
      }

      assertThatThrownBy(() -> JdbcCrm.migrate(scratch))
          .isInstanceOf(FlywayException.class)
          .hasMessageContaining("checksum");
    }
  }

  /** How many scripts the jar ships for the database's dialect (V1, V2, V5, ... as they are added). */
  private static long shippedScripts(DataSource database) {
    try (var scripts =
        java.nio.file.Files.list(
            java.nio.file.Path.of(
                JdbcCrm.class.getClassLoader().getResource(SqlDialect.of(database).migrationFolder()).toURI()))) {
      return scripts.filter(script -> script.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    } catch (java.io.IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot list the migration scripts", e);
    }
  }

  /**
   * Runs a save once to count its statements, then again on a fresh database for each of them with
   * the connection killed just before it: the save fails with a storage exception that does not name
   * the account number, and the rows of the aggregate are those from before.
   */
  private void killedBeforeEachStatement(
      java.util.function.Supplier<JdbcCrm> fresh,
      java.util.function.Consumer<JdbcCrm> before,
      java.util.function.Consumer<JdbcCrm> save,
      java.util.function.LongSupplier rowsOfTheAggregate) {
    before.accept(fresh.get());
    KillingDataSource counting = new KillingDataSource(killableDataSource(), Integer.MAX_VALUE, victim -> {});
    save.accept(JdbcCrm.on(counting));
    int statements = counting.statements();
    assertThat(statements).as("statements of the save").isGreaterThan(3);

    for (int killAt = 1; killAt <= statements; killAt++) {
      before.accept(fresh.get());
      long rowsBefore = rowsOfTheAggregate.getAsLong();
      JdbcCrm doomed = JdbcCrm.on(new KillingDataSource(killableDataSource(), killAt, killer()));

      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> save.accept(doomed));

      assertThat(failure).as("killed at statement %d", killAt).isInstanceOf(JdbcStorageException.class);
      assertThat(failure.getMessage()).doesNotContain(HoldingFixture.DEPOSIT_NUMBER);
      assertThat(rowsOfTheAggregate.getAsLong()).as("rows after a kill at statement %d", killAt).isEqualTo(rowsBefore);
    }
  }

  /**
   * Runs the saves at once, each on its own thread and released together, and returns their outcomes
   * in the order given.
   */
  private static <T> List<T> atOnce(List<java.util.concurrent.Callable<T>> saves) throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(saves.size());
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<T>> results = new ArrayList<>();
      for (java.util.concurrent.Callable<T> save : saves) {
        results.add(pool.submit(() -> {
          start.await();
          return save.call();
        }));
      }
      start.countDown();
      List<T> outcomes = new ArrayList<>();
      for (java.util.concurrent.Future<T> result : results) {
        outcomes.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Nested
  class Holdings {

    private static final String NUMBER = HoldingFixture.DEPOSIT_NUMBER;
    private static final AccountId A1 = AccountId.of("A1");

    private JdbcCrm withHoldingCustomers() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      HoldingFixture.withCustomers(crm.customers());
      return crm;
    }

    private long holdingRows(String table, String key, String id) {
      return rows(table, key + " = '" + id + "'");
    }

    private void killedBeforeEachStatement(
        java.util.function.Consumer<JdbcCrm> before,
        java.util.function.Consumer<JdbcCrm> save,
        java.util.function.LongSupplier rowsOfTheAggregate) {
      JdbcGuaranteesContract.this.killedBeforeEachStatement(
          this::withHoldingCustomers, before, save, rowsOfTheAggregate);
    }

    private long accountRows() {
      return rows("crm_account", "id = 'A1' and version = 1")
          + 10 * holdingRows("crm_account_holder", "account_id", "A1")
          + 100 * holdingRows("crm_outbox", "aggregate_id", "A1");
    }

    @Test
    void an_account_opening_killed_before_any_of_its_statements_leaves_nothing() {
      killedBeforeEachStatement(
          crm -> {},
          crm -> crm.accounts().save(BEIJING, opening()).get(),
          this::accountRows);
      assertThat(accountRows()).isZero();
    }

    @Test
    void an_account_change_killed_before_any_of_its_statements_leaves_the_previous_version_whole() {
      Account opened = opening().account();
      AccountUpdate joint = opened.addHolder(1, new AccountHolder(HoldingFixture.C2, OwnershipRole.JOINT_OWNER), TELLER, NOW).get();

      killedBeforeEachStatement(
          crm -> crm.accounts().save(BEIJING, opening()).get(),
          crm -> crm.accounts().save(BEIJING, joint).get(),
          this::accountRows);
      assertThat(accountRows()).isEqualTo(111);
      assertThat(JdbcCrm.on(dataSource()).accounts().findById(BEIJING, A1)).contains(opened);
    }

    @Test
    void a_contract_change_killed_before_any_of_its_statements_leaves_the_previous_version_whole() {
      LoanContract signed = HoldingFixture.contract("L1", HoldingFixture.C1);
      LoanContractUpdate guaranteed =
          signed.addGuarantee(1, new Guarantee(HoldingFixture.C2, GuaranteeType.GENERAL, HoldingFixture.cny("1.00")), TELLER, NOW).get();
      java.util.function.LongSupplier contractRows =
          () -> rows("crm_loan_contract", "id = 'L1' and version = 1")
              + 10 * holdingRows("crm_loan_contract_party", "contract_id", "L1")
              + 100 * holdingRows("crm_outbox", "aggregate_id", "L1");

      killedBeforeEachStatement(
          crm -> crm.loanContracts().save(BEIJING, HoldingFixture.signing("L1", HoldingFixture.C1)).get(),
          crm -> crm.loanContracts().save(BEIJING, guaranteed).get(),
          contractRows);
      assertThat(contractRows.getAsLong()).isEqualTo(111);
    }

    @Test
    void an_assignment_change_killed_before_any_of_its_statements_leaves_the_previous_version_whole() {
      AssignmentUpdate start = AssignmentHistory.start(HoldingFixture.C1, MANAGER, BJ01, HoldingFixture.OPENED, TELLER, NOW);
      AssignmentUpdate end = start.history().end(1, HoldingFixture.TODAY, TELLER, NOW).get();
      java.util.function.LongSupplier historyRows =
          () -> rows("crm_service_history", "customer_id = 'C1' and version = 1")
              + 10 * rows("crm_service_assignment", "customer_id = 'C1' and served_until is null")
              + 100 * rows("crm_outbox", "aggregate_type = 'AssignmentHistory' and aggregate_id = 'C1'");

      killedBeforeEachStatement(
          crm -> crm.serviceAssignments().save(BEIJING, start).get(),
          crm -> crm.serviceAssignments().save(BEIJING, end).get(),
          historyRows);
      assertThat(historyRows.getAsLong()).isEqualTo(111);
    }

    @Test
    void holding_events_go_to_the_outbox_with_their_aggregate() {
      JdbcCrm crm = withHoldingCustomers();
      long customerEvents = crm.outbox().pending(100).size();
      crm.accounts().save(BEIJING, opening()).get();
      crm.loanContracts().save(BEIJING, HoldingFixture.signing("L1", HoldingFixture.C1)).get();
      crm.serviceAssignments()
          .save(BEIJING, AssignmentHistory.start(HoldingFixture.C1, MANAGER, BJ01, HoldingFixture.OPENED, TELLER, NOW))
          .get();

      List<OutboxMessage> pending = crm.outbox().pending(100);

      assertThat(pending.subList((int) customerEvents, pending.size()))
          .extracting(OutboxMessage::aggregateType, OutboxMessage::aggregateId, OutboxMessage::eventType)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Account", "A1", "AccountOpened"),
              org.assertj.core.groups.Tuple.tuple("LoanContract", "L1", "LoanContractSigned"),
              org.assertj.core.groups.Tuple.tuple("AssignmentHistory", "C1", "ServiceAssigned"));
      assertThat(holdingEvent(pending.get((int) customerEvents).payload())).isEqualTo(opening().events().get(0));
    }

    @Test
    void of_concurrent_openings_of_one_account_number_one_wins_and_the_others_are_typed_refusals()
        throws Exception {
      JdbcCrm crm = withHoldingCustomers();
      int openers = 6;
      List<java.util.concurrent.Callable<io.vavr.control.Either<HoldingError, Account>>> openings = new ArrayList<>();
      for (int i = 0; i < openers; i++) {
        AccountUpdate opening =
            Account.open(AccountId.of("A" + i), HoldingFixture.form(NUMBER, ProductType.DEPOSIT, "1", HoldingFixture.C1), HoldingFixture.TODAY, TELLER, NOW).get();
        openings.add(() -> crm.accounts().save(BEIJING, opening));
      }

      List<io.vavr.control.Either<HoldingError, Account>> outcomes = atOnce(openings);

      assertThat(outcomes).filteredOn(io.vavr.control.Either::isRight).hasSize(1);
      assertThat(outcomes)
          .filteredOn(io.vavr.control.Either::isLeft)
          .extracting(io.vavr.control.Either::getLeft)
          .hasSize(openers - 1)
          .allSatisfy(error -> {
            assertThat(error).isInstanceOf(HoldingError.DuplicateAccountNumber.class);
            assertThat(error.message()).doesNotContain(NUMBER);
          });
      assertThat(rows("crm_account", "1 = 1")).isEqualTo(1);
      assertThat(rows("crm_outbox", "aggregate_type = 'Account'")).isEqualTo(1);
    }

    @Test
    void a_holding_is_scoped_by_its_parties_unit_paths_in_sql() {
      JdbcCrm crm = withHoldingCustomers();
      crm.accounts().save(HEAD_OFFICE, Account.open(A1, HoldingFixture.form(NUMBER, ProductType.DEPOSIT, "1", HoldingFixture.S1), HoldingFixture.TODAY, TELLER, NOW).get()).get();
      AccessScope nobody = AccessScope.of(crm.organizationUnits().hierarchy(), List.of());

      assertThat(crm.accounts().findById(BEIJING, A1)).isEmpty();
      assertThat(crm.accounts().findById(nobody, A1)).isEmpty();
      assertThat(crm.accounts().findByNumber(AccessScope.unrestricted(), AccountNumber.of(NUMBER))).isPresent();
    }

    @Test
    void a_collateral_description_made_of_sql_is_stored_and_read_as_written() {
      JdbcCrm crm = withHoldingCustomers();
      LoanContract contract = crm.loanContracts().save(BEIJING, HoldingFixture.signing("L1", HoldingFixture.C1)).get();
      List<String> payloads =
          List.of("'; DROP TABLE crm_loan_contract; --", "' OR '1'='1", "(SELECT pg_sleep(3))", "100%_done !\\");
      for (int i = 0; i < payloads.size(); i++) {
        Collateral item =
            new Collateral(CollateralId.of("K" + i), CollateralType.REAL_ESTATE_MORTGAGE, "房产 " + payloads.get(i),
                HoldingFixture.cny("1.00"), HoldingFixture.OPENED);
        contract = crm.loanContracts().save(BEIJING, contract.pledgeCollateral(contract.version(), item, TELLER, NOW).get()).get();
      }

      assertThat(crm.loanContracts().findById(BEIJING, LoanContractId.of("L1"))).contains(contract);
      assertThat(contract.collaterals()).extracting(Collateral::description)
          .containsExactlyElementsOf(payloads.stream().map(payload -> "房产 " + payload).toList());
      assertThat(rows("crm_loan_contract", "1 = 1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name, (CASE WHEN (1=1) THEN 1 END)", "(SELECT pg_sleep(3))", "'; DROP TABLE crm_account; --", "' OR '1'='1"})
    void holding_keys_and_codes_are_refused_before_they_reach_sql(String payload) {
      assertThat(AccountId.parse(payload).isInvalid()).isTrue();
      assertThat(AccountNumber.parse(payload).isInvalid()).isTrue();
      assertThat(LoanContractId.parse(payload).isInvalid()).isTrue();
      assertThat(DueBillId.parse(payload).isInvalid()).isTrue();
      assertThat(CollateralId.parse(payload).isInvalid()).isTrue();
      assertThat(ProductCode.parse(payload).isInvalid()).isTrue();
      assertThat(RelationshipManagerId.parse(payload).isInvalid()).isTrue();
    }

    @Test
    void the_holding_stores_describe_themselves_without_data() {
      JdbcCrm crm = JdbcCrm.on(dataSource());

      assertThat(List.of(crm.accounts().toString(), crm.loanContracts().toString(), crm.serviceAssignments().toString()))
          .allSatisfy(described -> assertThat(described).matches("Jdbc[A-Za-z]+\\[(H2|POSTGRESQL)]"));
    }

    private AccountUpdate opening() {
      return Account.open(A1, HoldingFixture.form(NUMBER, ProductType.DEPOSIT, "1000.00", HoldingFixture.C1), HoldingFixture.TODAY, TELLER, NOW).get();
    }
  }

  @Nested
  class MatchReviewQueue {

    private static final io.github.bankcrm.core.shared.Actor SCAN = io.github.bankcrm.core.shared.Actor.system("duplicate-scan");
    private static final io.github.bankcrm.core.shared.Actor REVIEWER = io.github.bankcrm.core.shared.Actor.of("reviewer-01");

    private static MatchReviewUpdate queuing(String id) {
      return MatchReview.queue(
          MatchReviewId.of(id),
          MatchModel.standard().compare(ResolutionFixture.wangXiaohong("C1").build(), ResolutionFixture.wangXiaohong("C2").build()),
          BJ01,
          OrganizationFixture.BJ02,
          SCAN,
          NOW);
    }

    private long reviewRows() {
      return rows("crm_match_review", "id = 'R1' and version = 1 and pending_pair is not null")
          + 10 * rows("crm_match_review_decision", "review_id = 'R1'")
          + 100 * rows("crm_outbox", "aggregate_type = 'MatchReview' and aggregate_id = 'R1'");
    }

    @Test
    void a_queuing_killed_before_any_of_its_statements_leaves_nothing() {
      killedBeforeEachStatement(
          () -> TestDatabases.fresh(dataSource()),
          crm -> {},
          crm -> crm.matchReviews().save(BEIJING, queuing("R1")).get(),
          this::reviewRows);
      assertThat(reviewRows()).isZero();
    }

    @Test
    void a_decision_killed_before_any_of_its_statements_leaves_the_review_pending_and_whole() {
      MatchReviewUpdate merge = queuing("R1").review().decide(1, ReviewDecision.MERGE, REVIEWER, NOW).get();

      killedBeforeEachStatement(
          () -> TestDatabases.fresh(dataSource()),
          crm -> crm.matchReviews().save(BEIJING, queuing("R1")).get(),
          crm -> crm.matchReviews().save(BEIJING, merge).get(),
          this::reviewRows);
      assertThat(reviewRows()).isEqualTo(101);
      assertThat(JdbcCrm.on(dataSource()).matchReviews().findById(BEIJING, MatchReviewId.of("R1")))
          .contains(queuing("R1").review());
    }

    @Test
    void a_decision_is_logged_in_rows_and_its_event_goes_to_the_outbox() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.matchReviews().save(BEIJING, queuing("R1")).get();
      MatchReviewUpdate merge = queuing("R1").review().decide(1, ReviewDecision.MERGE, REVIEWER, NOW).get();
      crm.matchReviews().save(BEIJING, merge).get();

      assertThat(rows("crm_match_review", "id = 'R1' and version = 2 and status = 'MERGE_APPROVED' and pending_pair is null"))
          .isEqualTo(1);
      assertThat(rows("crm_match_review_decision", "review_id = 'R1' and version = 2 and decision = 'MERGE' and actor = 'reviewer-01'"))
          .isEqualTo(1);
      assertThat(crm.outbox().pending(10))
          .extracting(OutboxMessage::aggregateType, OutboxMessage::eventType, OutboxMessage::aggregateVersion)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("MatchReview", "ReviewQueued", 1L),
              org.assertj.core.groups.Tuple.tuple("MatchReview", "ReviewDecided", 2L));
    }

    @Test
    void of_concurrent_queuings_of_one_pair_one_lands_and_the_others_are_already_queued() throws Exception {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      int queuers = 6;
      List<java.util.concurrent.Callable<io.vavr.control.Either<ReviewError, MatchReview>>> queuings = new ArrayList<>();
      for (int i = 0; i < queuers; i++) {
        MatchReviewUpdate queuing = queuing("R" + i);
        queuings.add(() -> crm.matchReviews().save(BEIJING, queuing));
      }

      List<io.vavr.control.Either<ReviewError, MatchReview>> outcomes = atOnce(queuings);

      assertThat(outcomes).filteredOn(io.vavr.control.Either::isRight).hasSize(1);
      assertThat(outcomes)
          .filteredOn(io.vavr.control.Either::isLeft)
          .extracting(io.vavr.control.Either::getLeft)
          .containsOnly(new ReviewError.AlreadyQueued(CustomerId.of("C1"), CustomerId.of("C2")))
          .hasSize(queuers - 1);
      assertThat(rows("crm_match_review", "1 = 1")).isEqualTo(1);
      assertThat(rows("crm_outbox", "aggregate_type = 'MatchReview'")).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_second_pending_review_of_a_pair() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.matchReviews().save(BEIJING, queuing("R1")).get();

      assertThatThrownBy(() -> {
            try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
              statement.executeUpdate(
                  "insert into crm_match_review (id, version, first_customer, second_customer, first_unit,"
                      + " second_unit, first_path, second_path, status, pending_pair, queued_at, document)"
                      + " select 'R2', version, first_customer, second_customer, first_unit, second_unit,"
                      + " first_path, second_path, status, pending_pair, queued_at, document"
                      + " from crm_match_review where id = 'R1'");
            }
          })
          .isInstanceOf(SQLException.class);
    }

    @Test
    void a_review_is_scoped_by_both_units_paths_in_sql() {
      JdbcCrm crm = TestDatabases.fresh(dataSource());
      crm.matchReviews().save(BEIJING, queuing("R1")).get();
      AccessScope bj01 = OrganizationFixture.scopeOf("BJ01");
      AccessScope nobody = AccessScope.of(crm.organizationUnits().hierarchy(), List.of());

      assertThat(crm.matchReviews().findById(BEIJING, MatchReviewId.of("R1"))).isPresent();
      assertThat(crm.matchReviews().findById(bj01, MatchReviewId.of("R1"))).isEmpty();
      assertThat(crm.matchReviews().findById(nobody, MatchReviewId.of("R1"))).isEmpty();
      assertThat(crm.matchReviews().pending(bj01, PageRequest.first(10)).total()).isZero();
      assertThat(crm.matchReviews().toString()).matches("JdbcMatchReviews\\[(H2|POSTGRESQL)]");
    }
  }

  private static HoldingEvent holdingEvent(String payload) {
    try {
      return CrmJson.MAPPER.readValue(payload, HoldingEvent.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("outbox payload is not a HoldingEvent", e);
    }
  }

  private String readColumn(String sql) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CustomerEvent event(String payload) {
    try {
      return CrmJson.MAPPER.readValue(payload, CustomerEvent.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("outbox payload is not a CustomerEvent", e);
    }
  }
}
