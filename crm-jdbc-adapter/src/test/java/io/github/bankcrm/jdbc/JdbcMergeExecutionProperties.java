package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.resolution.MergeWorld.ABSORBED;
import static io.github.bankcrm.core.resolution.MergeWorld.SCOPE;
import static io.github.bankcrm.core.resolution.MergeWorld.SURVIVOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.resolution.MergeError;
import io.github.bankcrm.core.resolution.MergeExecution;
import io.github.bankcrm.core.resolution.MergeExecutionProperties;
import io.github.bankcrm.core.resolution.MergeId;
import io.github.bankcrm.core.resolution.MergeWorld;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

/**
 * crm-core's merge properties through the JDBC ports, each try on a database emptied and given the
 * fixture bank's units again, so that tries share no rows; there the failure of a save is injected at
 * the ports, as in {@link JdbcMergeExecutionContract}. One more property breaks the database itself: the
 * connection behind any one statement of a merge dies ({@link KillingDataSource}), and every record
 * stays as before. Run on H2 and PostgreSQL.
 */
abstract class JdbcMergeExecutionProperties extends MergeExecutionProperties {

  private static final Actor OFFICER = Actor.of("dq-officer");

  /**
   * The migrated database under test.
   *
   * @return the data source
   */
  abstract DataSource database();

  /** The same database through connections that a {@link #killer()} can kill. */
  abstract DataSource killableDataSource();

  /** Kills the database session behind a connection, as a network cut or a DBA would. */
  abstract KillingDataSource.Killer killer();

  @Override
  protected MergeWorld.Ports newPorts() {
    return portsOf(TestDatabases.fresh(database()));
  }

  private static MergeWorld.Ports portsOf(JdbcCrm crm) {
    return new MergeWorld.Ports(crm.customers(), crm.accounts(), crm.loanContracts(), crm.groups(),
        crm.interactions(), crm.relationships(), crm.warnings(), crm.lifecycles(), crm.serviceAssignments(),
        crm.mergeRecords());
  }

  @Property
  void a_connection_lost_at_any_statement_of_a_merge_leaves_every_record_as_before(
      @ForAll("holdings") Holdings holdings,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) {
    int killAt = 1 + (int) (where * statementsOfTheMerge(holdings));
    MergeWorld world = worldWith(newPorts(), holdings);
    Map<String, Object> before = world.state();
    MergeExecution doomed =
        MergeWorld.executionOver(portsOf(JdbcCrm.on(new KillingDataSource(killableDataSource(), killAt, killer()))));

    Optional<Either<MergeError, MergeExecution.Outcome>> outcome;
    try {
      outcome = Optional.of(doomed.merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW));
    } catch (JdbcStorageException failure) {
      // a read before the first move, the survivor's record (the last move) or the merge record failed
      outcome = Optional.empty();
    }

    Statistics.collect(outcome.isPresent() ? "refused, moves reversed" : "storage failure passed on");
    outcome.ifPresent(
        result -> assertThat(result.swap().toJavaOptional()).as("outcome of a kill at statement %d", killAt)
            .containsInstanceOf(MergeError.MoveRefused.class));
    assertThat(world.state()).as("records after a kill at statement %d", killAt).isEqualTo(before);
  }

  /** How many statements a merge of these holdings runs, counted on a world of its own. */
  private int statementsOfTheMerge(Holdings holdings) {
    MergeWorld world = worldWith(newPorts(), holdings);
    KillingDataSource counting = new KillingDataSource(killableDataSource(), Integer.MAX_VALUE, victim -> {});
    MergeWorld.executionOver(portsOf(JdbcCrm.on(counting)))
        .merge(SCOPE, MergeId.of("M1"), SURVIVOR, ABSORBED, OFFICER, NOW)
        .getOrElseThrow(error -> new AssertionError(error.message()));
    return counting.statements();
  }
}
