package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.resolution.MergeExecutionContract;
import io.github.bankcrm.core.resolution.MergeId;
import io.github.bankcrm.core.resolution.MergeWorld;
import io.github.bankcrm.core.shared.Actor;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The merge and its undo through the JDBC ports, with the merge record and its events in the outbox.
 * Run on H2 and PostgreSQL.
 */
abstract class JdbcMergeExecutionContract extends MergeExecutionContract {

  private JdbcCrm crm;

  /**
   * The migrated database under test.
   *
   * @return the data source
   */
  protected abstract DataSource dataSource();

  @Override
  protected MergeWorld.Ports newPorts() {
    crm = TestDatabases.fresh(dataSource());
    return new MergeWorld.Ports(crm.customers(), crm.accounts(), crm.loanContracts(), crm.groups(),
        crm.interactions(), crm.relationships(), crm.warnings(), crm.lifecycles(), crm.serviceAssignments(),
        crm.mergeRecords());
  }

  @Test
  void the_merge_and_its_undo_are_in_the_outbox_with_the_moves_events() {
    MergeId id = MergeId.of("M-OUTBOX");
    world().signLoan("L3", MergeWorld.ABSORBED);
    world().contact("I1", MergeWorld.ABSORBED);
    world().relate("R1", MergeWorld.ABSORBED, RelationshipType.PROXY, CustomerStoreFixture.C2);
    world().execution().merge(MergeWorld.SCOPE, id, MergeWorld.SURVIVOR, MergeWorld.ABSORBED, Actor.of("dq"), NOW)
        .getOrElseThrow(error -> new AssertionError(error.message()));
    world().execution().undo(MergeWorld.SCOPE, id, Actor.of("dq"), NOW.plusSeconds(60))
        .getOrElseThrow(error -> new AssertionError(error.message()));

    assertThat(crm.outbox().pending(1000))
        .filteredOn(message -> message.aggregateType().equals("CustomerMerge"))
        .extracting(message -> message.eventType() + " " + message.aggregateId() + " " + message.aggregateVersion())
        .containsExactly("CustomersMerged M-OUTBOX 1", "MergeUndone M-OUTBOX 2");
    assertThat(crm.outbox().pending(1000))
        .extracting(message -> message.eventType())
        .contains("HolderTransferred", "BorrowerTransferred", "InteractionReassigned", "RelationshipRepointed");
  }
}
