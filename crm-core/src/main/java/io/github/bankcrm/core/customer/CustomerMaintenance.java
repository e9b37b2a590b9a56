package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry and maintenance flows [客户信息录入/维护] over the {@link Customers} port: register a
 * customer, change a profile, reassign, re-rate. Each call validates everything, checks the caller's
 * access scope, applies the command to the aggregate and saves the result atomically with an
 * optimistic version check. Nothing is half-saved.
 *
 * <p>Thread-safe if the ports are. Logs customer numbers and actors, never personal data.
 */
public final class CustomerMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerMaintenance.class);

  private final Customers customers;
  private final OrganizationUnits organizationUnits;
  private final CustomerNumbering numbering;
  private final Clock clock;

  /**
   * @param customers where customers are stored
   * @param organizationUnits the organisation, to check owning units exist
   * @param numbering hands out numbers for new customers
   * @param clock the time stamped on changes and events
   */
  public CustomerMaintenance(
      Customers customers,
      OrganizationUnits organizationUnits,
      CustomerNumbering numbering,
      Clock clock) {
    this.customers = requireNonNull(customers, "customers");
    this.organizationUnits = requireNonNull(organizationUnits, "organizationUnits");
    this.numbering = requireNonNull(numbering, "numbering");
    this.clock = requireNonNull(clock, "clock");
  }

  /** Registers an individual customer. */
  public Either<CustomerError, CustomerUpdate> registerIndividual(
      AccessScope scope, Actor actor, RegisterIndividualCustomer command) {
    return register(
        scope,
        command.owningUnit(),
        command.relationshipManager(),
        command.profile().validate(),
        servicing ->
            IndividualCustomer.register(
                numbering.next(),
                command.profile(),
                servicing.unit(),
                servicing.manager(),
                command.kycRiskRating(),
                actor,
                now()));
  }

  /** Registers a corporate customer. */
  public Either<CustomerError, CustomerUpdate> registerCorporate(
      AccessScope scope, Actor actor, RegisterCorporateCustomer command) {
    return register(
        scope,
        command.owningUnit(),
        command.relationshipManager(),
        command.profile().validate(),
        servicing ->
            CorporateCustomer.register(
                numbering.next(),
                command.profile(),
                servicing.unit(),
                servicing.manager(),
                command.kycRiskRating(),
                actor,
                now()));
  }

  private Either<CustomerError, CustomerUpdate> register(
      AccessScope scope,
      @Nullable String owningUnit,
      @Nullable String relationshipManager,
      Validation<Seq<FieldError>, ?> profile,
      Function<Servicing, Either<CustomerError, CustomerUpdate>> registration) {
    return servicing(scope, owningUnit, relationshipManager, profile)
        .flatMap(registration)
        .flatMap(update -> save(scope, update));
  }

  /** Replaces an individual customer's profile. */
  public Either<CustomerError, CustomerUpdate> changeProfile(
      AccessScope scope, Actor actor, ChangeIndividualProfile command) {
    return load(scope, command.customerId())
        .flatMap(customer -> as(IndividualCustomer.class, CustomerKind.INDIVIDUAL, customer))
        .flatMap(
            person -> person.changeProfile(command.expectedVersion(), command.profile(), actor, now()))
        .flatMap(update -> save(scope, update));
  }

  /** Replaces a corporate customer's profile. */
  public Either<CustomerError, CustomerUpdate> changeProfile(
      AccessScope scope, Actor actor, ChangeCorporateProfile command) {
    return load(scope, command.customerId())
        .flatMap(customer -> as(CorporateCustomer.class, CustomerKind.CORPORATE, customer))
        .flatMap(
            company ->
                company.changeProfile(command.expectedVersion(), command.profile(), actor, now()))
        .flatMap(update -> save(scope, update));
  }

  /** Moves a customer to another unit and/or relationship manager. */
  public Either<CustomerError, CustomerUpdate> reassign(
      AccessScope scope, Actor actor, ReassignCustomer command) {
    return servicing(
            scope, command.owningUnit(), command.relationshipManager(), Validation.valid(command))
        .flatMap(
            servicing ->
                load(scope, command.customerId())
                    .flatMap(
                        customer ->
                            customer.reassign(
                                command.expectedVersion(),
                                servicing.unit(),
                                servicing.manager(),
                                actor,
                                now())))
        .flatMap(update -> save(scope, update));
  }

  /** Records a new KYC risk rating. */
  public Either<CustomerError, CustomerUpdate> rateKycRisk(
      AccessScope scope, Actor actor, RateKycRisk command) {
    return load(scope, command.customerId())
        .flatMap(
            customer ->
                customer.rateKycRisk(command.expectedVersion(), command.rating(), actor, now()))
        .flatMap(update -> save(scope, update));
  }

  private record Servicing(OrganizationUnitId unit, @Nullable RelationshipManagerId manager) {}

  /**
   * Checks the owning unit and relationship manager fields, reporting their errors together with
   * those of the profile validated {@code alongside}, so that a form shows every error at once.
   */
  private Either<CustomerError, Servicing> servicing(
      AccessScope scope,
      @Nullable String owningUnit,
      @Nullable String relationshipManager,
      Validation<Seq<FieldError>, ?> alongside) {
    FieldErrors errors = new FieldErrors();
    errors.checkAll("", alongside);
    OrganizationUnitId unit = errors.check("owningUnit", OrganizationUnitId.parse(owningUnit));
    RelationshipManagerId manager =
        relationshipManager == null || relationshipManager.isBlank()
            ? null
            : errors.check("relationshipManager", RelationshipManagerId.parse(relationshipManager));
    if (unit != null && organizationUnits.findById(unit).isEmpty()) {
      errors.add(new FieldError("unknown_unit", "owningUnit", "is not an organisation unit"));
    }
    return errors
        .orElse(() -> new Servicing(unit, manager))
        .toEither()
        .<CustomerError>mapLeft(refused -> new CustomerError.InvalidCustomerData(refused.asJava()))
        .filterOrElse(
            servicing -> scope.canSee(servicing.unit()),
            servicing -> new CustomerError.OutsideAccessScope(servicing.unit()));
  }

  private Either<CustomerError, Customer> load(AccessScope scope, CustomerId id) {
    return customers
        .findById(scope, id)
        .<Either<CustomerError, Customer>>map(Either::right)
        .orElseGet(() -> Either.left(new CustomerError.CustomerNotFound(id)));
  }

  private static <T extends Customer> Either<CustomerError, T> as(
      Class<T> type, CustomerKind kind, Customer customer) {
    return type.isInstance(customer)
        ? Either.right(type.cast(customer))
        : Either.left(new CustomerError.WrongCustomerKind(customer.id(), kind, customer.kind()));
  }

  private Either<CustomerError, CustomerUpdate> save(AccessScope scope, CustomerUpdate update) {
    Either<CustomerError, Customer> saved = customers.save(scope, update);
    if (saved.isRight()) {
      LOG.info(
          "customer {} {} to version {} by {}",
          update.customer().id(),
          update.changeRecord().type(),
          update.customer().version(),
          update.changeRecord().actor());
    } else {
      LOG.info(
          "customer {} {} refused: {}",
          update.customer().id(),
          update.changeRecord().type(),
          saved.getLeft().code());
    }
    return saved.map(customer -> update);
  }

  private Instant now() {
    return clock.instant();
  }


}
