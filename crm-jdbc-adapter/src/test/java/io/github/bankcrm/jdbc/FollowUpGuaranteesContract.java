package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.interaction.InteractionEvent;
import io.github.bankcrm.core.interaction.InteractionFixture;
import io.github.bankcrm.core.interaction.InteractionUpdate;
import io.github.bankcrm.core.lifecycle.CustomerLifecycle;
import io.github.bankcrm.core.lifecycle.LifecycleCommand;
import io.github.bankcrm.core.lifecycle.LifecycleEvent;
import io.github.bankcrm.core.lifecycle.LifecycleFixture;
import io.github.bankcrm.core.lifecycle.LifecycleUpdate;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningEvent;
import io.github.bankcrm.core.warning.WarningFactor;
import io.github.bankcrm.core.warning.WarningFixture;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningUpdate;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC adapter guarantees for lifecycles, interactions and warnings beyond their port
 * contracts, on a real database: the aggregate row, its log rows and its outbox events are saved
 * together or not at all, even when the connection dies mid-save; the database itself holds one open
 * warning per customer; free text never reaches a failure's message. H2 and PostgreSQL run it alike.
 */
abstract class FollowUpGuaranteesContract {

  /** A comment a failure must never repeat. */
  private static final String SECRET_COMMENT = "Mr Zhang said his wife handles the accounts now";

  /** The migrated database under test, pooled. */
  abstract DataSource dataSource();

  /** The same database through connections that can be killed one by one. */
  abstract DataSource killableDataSource();

  /** Kills the database session behind a connection. */
  abstract KillingDataSource.Killer killer();

  private JdbcCrm fresh() {
    JdbcCrm crm = TestDatabases.fresh(dataSource());
    CustomerStoreFixture.withFourCustomers(crm.customers());
    return crm;
  }

  private long rows(String table, String condition) {
    return TestDatabases.count(dataSource(), table, condition);
  }

  /** The pending outbox messages of one aggregate type, oldest first (the customers' are left out). */
  private static java.util.List<OutboxMessage> pending(JdbcCrm crm, String aggregateType) {
    return crm.outbox().pending(100).stream()
        .filter(message -> message.aggregateType().equals(aggregateType))
        .toList();
  }

  private static <T> T event(OutboxMessage message, Class<T> type) {
    try {
      return CrmJson.MAPPER.readValue(message.payload(), type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("outbox payload is not a " + type.getSimpleName(), e);
    }
  }

  private static LifecycleUpdate opening(CustomerLifecycle prospect) {
    return prospect
        .command(1, LifecycleCommand.OPEN_FIRST_PRODUCT, LifecycleFixture.holdingAccount(C1),
            SECRET_COMMENT, TELLER, NOW)
        .get();
  }

  private static WarningUpdate raise(String id) {
    return EarlyWarning.raise(WarningId.of(id),
        WarningFixture.assessment(C1, WarningFactor.BALANCE_OUTFLOW, 30, WarningLevel.MEDIUM), TELLER, NOW);
  }

  /**
   * Takes a raised warning through acknowledgement and assignment to resolved, the comment on the last
   * step.
   *
   * @param warnings the store
   * @param raised the stored warning, just raised
   * @param comment the resolution's comment, or {@code null}
   * @return the resolved warning
   */
  static EarlyWarning resolved(JdbcWarnings warnings, EarlyWarning raised, String comment) {
    EarlyWarning acknowledged =
        warnings.save(HEAD_OFFICE, raised.acknowledge(raised.version(), null, TELLER, NOW).get()).get();
    EarlyWarning handling =
        warnings.save(HEAD_OFFICE, acknowledged.assign(acknowledged.version(), RelationshipManagerId.of("RM001"),
            WarningFixture.AS_OF.plusDays(7), null, TELLER, NOW).get()).get();
    return warnings.save(HEAD_OFFICE, handling.resolve(handling.version(), comment, TELLER, NOW).get()).get();
  }

  @Nested
  class AtomicSaves {

    @Test
    void a_lifecycle_move_stores_the_row_one_log_row_per_entry_and_its_events() {
      JdbcCrm crm = fresh();
      CustomerLifecycle prospect = crm.lifecycles().save(HEAD_OFFICE, LifecycleFixture.prospect(C1)).get();
      LifecycleUpdate opening = opening(prospect);

      crm.lifecycles().save(HEAD_OFFICE, opening).get();

      assertThat(rows("crm_lifecycle", "customer_id = 'C1' and version = 2 and stage = 'ONBOARDING'")).isEqualTo(1);
      assertThat(rows("crm_lifecycle_transition", "customer_id = 'C1'")).isEqualTo(2);
      assertThat(rows("crm_lifecycle_transition",
          "customer_id = 'C1' and ordinal = 2 and from_stage = 'PROSPECT' and command = 'OPEN_FIRST_PRODUCT'"))
          .isEqualTo(1);
      var pending = pending(crm, "CustomerLifecycle");
      assertThat(pending).extracting(OutboxMessage::aggregateVersion).containsExactly(1L, 2L);
      assertThat(event(pending.get(1), LifecycleEvent.class)).isEqualTo(opening.events().get(0));
    }

    @Test
    void a_warning_step_stores_the_row_one_log_row_per_step_and_its_events() {
      JdbcCrm crm = fresh();
      EarlyWarning raised = crm.warnings().save(HEAD_OFFICE, raise("W1")).get();

      resolved(crm.warnings(), raised, SECRET_COMMENT);

      assertThat(rows("crm_warning", "id = 'W1' and version = 4 and state = 'RESOLVED' and open_customer is null"))
          .isEqualTo(1);
      assertThat(rows("crm_warning_log", "warning_id = 'W1'")).isEqualTo(4);
      var pending = pending(crm, "EarlyWarning");
      assertThat(pending).extracting(OutboxMessage::aggregateVersion).containsExactly(1L, 2L, 3L, 4L);
      assertThat(event(pending.get(0), WarningEvent.class)).isEqualTo(raise("W1").events().get(0));
    }

    @Test
    void an_interaction_stores_its_row_and_its_event() {
      JdbcCrm crm = fresh();
      InteractionUpdate complaint = InteractionFixture.complaint("I1", C1, ComplaintSeverity.SERIOUS, NOW);

      crm.interactions().save(HEAD_OFFICE, complaint).get();

      assertThat(rows("crm_interaction", "id = 'I1' and complaint_state = 'RECEIVED'")).isEqualTo(1);
      var pending = pending(crm, "Interaction");
      assertThat(pending).extracting(OutboxMessage::eventType).containsExactly("InteractionRecorded");
      assertThat(event(pending.get(0), InteractionEvent.class)).isEqualTo(complaint.events().get(0));
    }

    @Test
    void a_lifecycle_move_killed_before_any_of_its_statements_leaves_the_previous_version() {
      killedBeforeEachStatement(
          crm -> crm.lifecycles().save(HEAD_OFFICE, LifecycleFixture.prospect(C1)).get(),
          (crm, prospect) -> crm.lifecycles().save(HEAD_OFFICE, opening(prospect)),
          crm -> {
            assertThat(crm.lifecycles().find(HEAD_OFFICE, C1).orElseThrow().version()).isEqualTo(1);
            assertThat(rows("crm_lifecycle_transition", "customer_id = 'C1'")).isEqualTo(1);
            assertThat(rows("crm_outbox", "aggregate_type = 'CustomerLifecycle'")).isEqualTo(1);
          });
    }

    @Test
    void a_warning_step_killed_before_any_of_its_statements_leaves_the_previous_version() {
      killedBeforeEachStatement(
          crm -> crm.warnings().save(HEAD_OFFICE, raise("W1")).get(),
          (crm, raised) -> crm.warnings().save(HEAD_OFFICE, raised.acknowledge(1, SECRET_COMMENT, TELLER, NOW).get()),
          crm -> {
            assertThat(crm.warnings().findById(HEAD_OFFICE, WarningId.of("W1")).orElseThrow().version()).isEqualTo(1);
            assertThat(rows("crm_warning_log", "warning_id = 'W1'")).isEqualTo(1);
            assertThat(rows("crm_outbox", "aggregate_id = 'W1'")).isEqualTo(1);
          });
    }

    /** Saves a first version, then kills the second save before each of its statements in turn. */
    private <T> void killedBeforeEachStatement(
        Function<JdbcCrm, T> first,
        java.util.function.BiFunction<JdbcCrm, T, ?> second,
        java.util.function.Consumer<JdbcCrm> previousIntact) {
      JdbcCrm setUp = fresh();
      T saved = first.apply(setUp);
      KillingDataSource counting = new KillingDataSource(killableDataSource(), Integer.MAX_VALUE, victim -> {});
      second.apply(JdbcCrm.on(counting), saved);
      int statements = counting.statements();
      assertThat(statements).as("statements of one save").isGreaterThan(3);

      for (int killAt = 1; killAt <= statements; killAt++) {
        JdbcCrm crm = fresh();
        T again = first.apply(crm);
        JdbcCrm doomed = JdbcCrm.on(new KillingDataSource(killableDataSource(), killAt, killer()));

        assertThatThrownBy(() -> second.apply(doomed, again))
            .as("killed at statement %d", killAt)
            .isInstanceOf(JdbcStorageException.class)
            .message()
            .doesNotContain(SECRET_COMMENT);
        previousIntact.accept(crm);
      }
    }
  }

  @Nested
  class OneOpenWarningPerCustomer {

    @Test
    void the_database_refuses_a_second_open_warning_written_past_the_adapter() throws SQLException {
      JdbcCrm crm = fresh();
      crm.warnings().save(HEAD_OFFICE, raise("W1")).get();

      try (Connection connection = dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        assertThatThrownBy(() -> statement.executeUpdate(
            "insert into crm_warning (id, version, customer_id, open_customer, state, warning_level, policy_id,"
                + " policy_version, assessed_on, escalation, readings, raised_at)"
                + " select 'W2', version, customer_id, open_customer, state, warning_level, policy_id,"
                + " policy_version, assessed_on, escalation, readings, raised_at from crm_warning where id = 'W1'"))
            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
      }
    }

    @Test
    void the_database_refuses_an_open_state_without_its_customer_mark() throws SQLException {
      JdbcCrm crm = fresh();
      crm.warnings().save(HEAD_OFFICE, raise("W1")).get();

      try (Connection connection = dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        assertThatThrownBy(() -> statement.executeUpdate("update crm_warning set open_customer = null where id = 'W1'"))
            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("23"));
      }
    }

    @Test
    void a_closed_warning_frees_the_customer_for_a_new_one() {
      JdbcCrm crm = fresh();
      resolved(crm.warnings(), crm.warnings().save(HEAD_OFFICE, raise("W1")).get(), null);

      crm.warnings().save(HEAD_OFFICE, raise("W2")).get();

      assertThat(rows("crm_warning", "open_customer = 'C1'")).isEqualTo(1);
      assertThat(rows("crm_warning", "customer_id = 'C1'")).isEqualTo(2);
    }
  }
}
