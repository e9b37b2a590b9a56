package io.github.bankcrm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.organization.OrganizationFixture;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresBulkTest extends JdbcBulkContract {

  private final PostgresGuaranteesTest postgres = new PostgresGuaranteesTest();

  @Override
  DataSource dataSource() {
    return postgres.dataSource();
  }

  @Override
  DataSource killableDataSource() {
    return postgres.killableDataSource();
  }

  @Override
  KillingDataSource.Killer killer() {
    return postgres.killer();
  }

  @Test
  void a_chunk_of_many_registrations_is_copied_and_a_small_one_is_batched() {
    TestDatabases.fresh(dataSource());
    List<CustomerUpdate> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.add(person(i, OrganizationFixture.BJ01));
    }
    KillingDataSource counting = new KillingDataSource(dataSource(), Integer.MAX_VALUE, victim -> {});
    JdbcCustomers customers = JdbcCrm.on(counting).customers();

    customers.registerAll(BEIJING, many, 100, BulkProgress.none());
    int copies = counting.unwraps();
    customers.registerAll(BEIJING, List.of(person(200, OrganizationFixture.BJ01)), 100, BulkProgress.none());

    // customers, names, documents, change records, outbox
    assertThat(copies).isEqualTo(5);
    assertThat(counting.unwraps()).isEqualTo(5);
    assertThat(rows("crm_customer", "1 = 1")).isEqualTo(101);
  }
}
