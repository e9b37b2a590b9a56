package io.github.bankcrm.examples;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerMaintenance;
import io.github.bankcrm.core.customer.CustomerNumbering;
import io.github.bankcrm.core.customer.CustomerSearch;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.RegisterIndividualCustomer;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.jdbc.JdbcCrm;
import io.github.bankcrm.jdbc.OutboxMessage;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The customer store on a database: an embedded H2 behind a HikariCP pool, the schema migrated by
 * Flyway, a registration saved with its history and its event in the outbox, a scoped search. Point
 * the JDBC URL at PostgreSQL and nothing else changes.
 */
public final class JdbcDemo {

  private final DataSource dataSource;
  private final PrintStream out;

  /**
   * A demo on a database.
   *
   * @param dataSource an empty H2 or PostgreSQL database
   * @param out where to print
   */
  public JdbcDemo(DataSource dataSource, PrintStream out) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.out = requireNonNull(out, "out");
  }

  /**
   * Runs the demo on an in-memory H2 database.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:crm-demo;DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(4);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      new JdbcDemo(dataSource, System.out).run();
    }
  }

  /** Migrates, stores two units, registers a customer, searches and reads the outbox. */
  public void run() {
    out.println("migrations applied: " + JdbcCrm.migrate(dataSource));
    JdbcCrm crm = JdbcCrm.on(dataSource);
    out.println("database: " + crm.dialect());

    OrganizationUnits units = crm.organizationUnits();
    OrganizationUnitId head = OrganizationUnitId.of("HO");
    OrganizationUnitId beijingBranch = OrganizationUnitId.of("BJ");
    units.add(new OrganizationUnit(head, "总行", OrganizationLevel.HEAD_OFFICE, null));
    units.add(new OrganizationUnit(beijingBranch, "北京分行", OrganizationLevel.BRANCH, head));
    AccessScope beijing = AccessScope.of(units.hierarchy(), List.of(beijingBranch));

    CustomerMaintenance maintenance =
        new CustomerMaintenance(
            crm.customers(), units, CustomerNumbering.randomUuid(), Clock.systemUTC());
    IndividualProfileForm form =
        IndividualProfileForm.builder()
            .legalName("王小红")
            .addIdentityDocuments(IdentityDocumentForm.residentIdCard("11010519491231002X"))
            .mobile("138 1234 5678")
            .build();
    Either<CustomerError, CustomerUpdate> registered =
        maintenance.registerIndividual(
            beijing,
            Actor.of("teller-007"),
            new RegisterIndividualCustomer(form, "BJ", null, KycRiskRating.LOW));
    out.println(registered.fold(CustomerError::message, u -> "registered " + u.customer()));

    Either<CustomerError, CustomerUpdate> again =
        maintenance.registerIndividual(
            beijing,
            Actor.of("teller-007"),
            new RegisterIndividualCustomer(form, "BJ", null, KycRiskRating.LOW));
    out.println(
        again.<String>fold(
            error -> "second registration refused [" + error.code() + "]",
            u -> "second registration saved"));

    long found =
        crm.customers()
            .search(beijing, CustomerSearch.byMobile("13812345678").get(), PageRequest.first(10))
            .total();
    out.println("Beijing user finds " + found + " customer(s) by mobile");

    for (OutboxMessage message : crm.outbox().pending(10)) {
      out.println("outbox: " + message.aggregateType() + " " + message.eventType());
    }
  }
}
