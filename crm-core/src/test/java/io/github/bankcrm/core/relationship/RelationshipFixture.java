package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static java.time.format.DateTimeFormatter.BASIC_ISO_DATE;

import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Relationships and their customers for tests.
 *
 * <p>Customer numbers tell the kind: numbers starting with {@code P} are people, all others companies
 * (so {@code K1}, {@code K2} in the examples). {@link #relationship} builds a stored-looking relationship
 * without any store, for the graph views; {@link #person} and {@link #company} register real customers
 * with valid identity numbers, for the ports and flows.
 */
public final class RelationshipFixture {

  /** The day relationships start in the examples. */
  public static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** The day views are asked for in the examples. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** The source system of the examples. */
  public static final SourceSystem CRM = SourceSystem.of("CRM");

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private RelationshipFixture() {}

  /**
   * The kind a test customer number stands for.
   *
   * @param customer a number starting with {@code P} for a person
   * @return the kind
   */
  public static CustomerKind kindOf(String customer) {
    return customer.startsWith("P") ? CustomerKind.INDIVIDUAL : CustomerKind.CORPORATE;
  }

  /**
   * An active relationship at version 1 valid from {@link #START}, open-ended.
   *
   * @param id the relationship number
   * @param from the from customer ({@code P...} for a person)
   * @param type the type
   * @param to the to customer
   * @param percentage the percentage for a shareholding, else {@code null}
   * @return the relationship
   */
  public static Relationship relationship(
      String id, String from, RelationshipType type, String to, @Nullable String percentage) {
    return new Relationship(
        RelationshipId.of(id),
        1,
        CustomerId.of(from),
        kindOf(from),
        CustomerId.of(to),
        kindOf(to),
        type,
        percentage == null ? null : new BigDecimal(percentage),
        Validity.from(START),
        CRM,
        RelationshipState.ACTIVE,
        NOW,
        NOW);
  }

  /**
   * A shareholding: {@code owner} holds {@code percentage} % of {@code company}.
   *
   * @param id the relationship number
   * @param owner the shareholder
   * @param company the owned company
   * @param percentage the percentage
   * @return the relationship
   */
  public static Relationship owns(String id, String owner, String company, String percentage) {
    return relationship(id, owner, RelationshipType.SHAREHOLDING, company, percentage);
  }

  /**
   * A filled-in entry form valid from {@link #START}, open-ended, from system {@code CRM}.
   *
   * @param from the from customer
   * @param type the type
   * @param to the to customer
   * @param percentage the percentage, or {@code null}
   * @return the form
   */
  public static EstablishRelationship form(
      CustomerId from, RelationshipType type, CustomerId to, @Nullable String percentage) {
    return new EstablishRelationship(
        from.value(),
        to.value(),
        type,
        percentage == null ? null : new BigDecimal(percentage),
        START,
        null,
        "CRM");
  }

  /**
   * Establishes a relationship without any store: both kinds taken from the numbers.
   *
   * @param id the relationship number
   * @param form the entry form
   * @return the update
   */
  public static RelationshipUpdate established(String id, EstablishRelationship form) {
    RelationshipTerms terms =
        form.validate()
            .toEither()
            .getOrElseThrow(errors -> new AssertionError("fixture form refused: " + errors));
    return Relationship.establish(
            RelationshipId.of(id),
            terms,
            kindOf(terms.from().value()),
            kindOf(terms.to().value()),
            CustomerFixture.TELLER,
            NOW)
        .getOrElseThrow(error -> new AssertionError("fixture refused: " + error.message()));
  }

  /**
   * Registers a person with a fresh valid resident ID in a unit.
   *
   * @param customers the store
   * @param id the customer number; should start with {@code P}
   * @param unit the owning unit
   * @return the number
   */
  public static CustomerId person(Customers customers, String id, OrganizationUnitId unit) {
    int serial = SERIAL.incrementAndGet() % 1000;
    String residentId =
        IdentityArbitraries.withResidentIdCheck(
            "110105"
                + BASIC_ISO_DATE.format(LocalDate.of(1960, 1, 1).plusDays(serial))
                + String.format("%03d", serial));
    return saved(
        customers,
        IndividualCustomer.register(
            CustomerId.of(id),
            CustomerFixture.individualForm(residentId, "张伟明", "1391234" + String.format("%04d", serial)),
            unit,
            null,
            KycRiskRating.LOW,
            TELLER,
            NOW));
  }

  /**
   * Registers a company with a fresh valid credit code in a unit.
   *
   * @param customers the store
   * @param id the customer number; should not start with {@code P}
   * @param unit the owning unit
   * @return the number
   */
  public static CustomerId company(Customers customers, String id, OrganizationUnitId unit) {
    int serial = SERIAL.incrementAndGet() % 100000;
    String code =
        IdentityArbitraries.withCreditCodeCheck("91350100M00" + String.format("%05d", serial) + "4");
    return saved(
        customers,
        CorporateCustomer.register(
            CustomerId.of(id),
            CustomerFixture.corporateForm(code, "福州星海贸易有限公司"),
            unit,
            null,
            KycRiskRating.LOW,
            TELLER,
            NOW));
  }

  private static CustomerId saved(Customers customers, Either<?, CustomerUpdate> registration) {
    CustomerUpdate update =
        registration.getOrElseThrow(error -> new AssertionError("fixture customer refused: " + error));
    return customers
        .save(AccessScope.unrestricted(), update)
        .getOrElseThrow(error -> new AssertionError("fixture customer refused: " + error.message()))
        .id();
  }
}
