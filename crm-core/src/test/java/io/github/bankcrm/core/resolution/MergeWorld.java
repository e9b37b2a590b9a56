package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerChangeRecord;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerSearch;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfile;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.group.Group;
import io.github.bankcrm.core.group.GroupError;
import io.github.bankcrm.core.group.GroupId;
import io.github.bankcrm.core.group.GroupMember;
import io.github.bankcrm.core.group.GroupType;
import io.github.bankcrm.core.group.GroupUpdate;
import io.github.bankcrm.core.group.Groups;
import io.github.bankcrm.core.group.MemberRole;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.AccountNumber;
import io.github.bankcrm.core.holding.AccountUpdate;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.CreditExposure;
import io.github.bankcrm.core.holding.Guarantee;
import io.github.bankcrm.core.holding.GuaranteeType;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.HoldingFixture;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.holding.LoanContractUpdate;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.OwnershipRole;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryInteractions;
import io.github.bankcrm.core.inmemory.InMemoryRelationships;
import io.github.bankcrm.core.inmemory.InMemoryWarnings;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionError;
import io.github.bankcrm.core.interaction.InteractionFixture;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.interaction.InteractionUpdate;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipFixture;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.relationship.RelationshipUpdate;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningError;
import io.github.bankcrm.core.warning.WarningFactor;
import io.github.bankcrm.core.warning.WarningFixture;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningUpdate;
import io.github.bankcrm.core.warning.Warnings;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryGroups;
import io.github.bankcrm.core.inmemory.InMemoryLifecycles;
import io.github.bankcrm.core.inmemory.InMemoryLoanContracts;
import io.github.bankcrm.core.inmemory.InMemoryMergeRecords;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.inmemory.InMemoryServiceAssignments;
import io.github.bankcrm.core.lifecycle.CustomerLifecycle;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.CrmStorageException;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * In-memory stores holding two records of one person ({@link #SURVIVOR}, {@link #ABSORBED}) among the
 * fixture's four other customers, a merge over them, and a switch that makes the n-th save of an
 * account, loan contract, group, interaction, relationship or warning fail as a broken store would. The
 * ports are in-memory by default; a JDBC test passes its own.
 */
public final class MergeWorld {

  public static final AccessScope SCOPE = CustomerStoreFixture.HEAD_OFFICE;
  public static final CustomerId SURVIVOR = CustomerId.of("P1");
  public static final CustomerId ABSORBED = CustomerId.of("P2");
  public static final CustomerId SPOUSE = CustomerStoreFixture.C1;
  public static final List<CustomerId> OTHERS =
      List.of(CustomerStoreFixture.C1, CustomerStoreFixture.C2, CustomerStoreFixture.C3);

  final Customers customers;
  final Accounts accounts;
  final LoanContracts loans;
  final Groups groups;
  final Interactions interactions;
  final Relationships relationships;
  final Warnings warnings;
  final Lifecycles lifecycles;
  final ServiceAssignments assignments;
  final MergeRecords records;
  final MergeExecution execution;

  /** The ports of one store: in-memory, or the adapter under test. */
  public record Ports(
      Customers customers,
      Accounts accounts,
      LoanContracts loans,
      Groups groups,
      Interactions interactions,
      Relationships relationships,
      Warnings warnings,
      Lifecycles lifecycles,
      ServiceAssignments assignments,
      MergeRecords records) {

    /**
     * Every port in memory, over one customer store.
     *
     * @return the ports
     */
    public static Ports inMemory() {
      Customers customers = new InMemoryCustomers();
      return new Ports(customers, new InMemoryAccounts(customers), new InMemoryLoanContracts(customers),
          new InMemoryGroups(customers), new InMemoryInteractions(customers), new InMemoryRelationships(customers),
          new InMemoryWarnings(customers), new InMemoryLifecycles(customers), new InMemoryServiceAssignments(customers),
          new InMemoryMergeRecords(customers));
    }
  }

  MergeWorld() {
    this(Ports.inMemory());
  }

  /** Saves counted since {@link #failSave} was called; the one numbered {@code failAt} throws. */
  private int saves;
  private int failAt = Integer.MAX_VALUE;

  /**
   * The world over these ports, with the fixture's customers and the two records of one person.
   *
   * @param ports empty stores
   */
  public MergeWorld(Ports ports) {
    customers = new FailingCustomers(CustomerStoreFixture.withFourCustomers(ports.customers()));
    accounts = new FailingAccounts(ports.accounts());
    loans = new FailingLoanContracts(ports.loans());
    groups = new FailingGroups(ports.groups());
    interactions = new FailingInteractions(ports.interactions());
    relationships = new FailingRelationships(ports.relationships());
    warnings = new FailingWarnings(ports.warnings());
    lifecycles = ports.lifecycles();
    assignments = ports.assignments();
    records = ports.records();
    // the merge goes through the failing wrappers, so that failSave reaches it
    execution = executionOver(
        new Ports(customers, accounts, loans, groups, interactions, relationships, warnings, lifecycles, assignments,
            records));
    IndividualProfileForm full = CustomerFixture.individualForm();
    IndividualProfile profile = full.validate().get();
    // The absorbed record came from a channel that took only a (renewed) passport.
    IndividualProfile otherPassport =
        CustomerFixture.individualForm("110101199003070097", "王小红", "13812345678").validate().get();
    IndividualProfile undocumented =
        new IndividualProfile(profile.name(), otherPassport.identityDocuments().subList(1, 2), profile.birthDate(),
            profile.gender(), profile.nationality(), profile.maritalStatus(), profile.education(),
            profile.employment(), profile.household(), profile.contact());
    register(SURVIVOR, full);
    register(ABSORBED, IndividualProfileForm.of(undocumented));
  }

  private void register(CustomerId id, IndividualProfileForm form) {
    IndividualCustomer.register(id, form, OrganizationFixture.BJ01, null, KycRiskRating.LOW, TELLER, NOW)
        .flatMap(update -> customers.save(SCOPE, update))
        .getOrElseThrow(error -> new AssertionError(error.message()));
  }

  /**
   * The merge over these ports.
   *
   * @return the merge execution
   */
  public MergeExecution execution() {
    return execution;
  }

  /**
   * A merge over these ports, wired as every world's {@link #execution()} is: an adapter's test passes
   * ports to the same stores whose connections it can break.
   *
   * @param ports the same stores as this world's, reached another way
   * @return the merge execution
   */
  public static MergeExecution executionOver(Ports ports) {
    return new MergeExecution(new CustomerMerge(Survivorship.mostRecent()), ports.customers(), ports.accounts(),
        ports.loans(), ports.groups(), ports.interactions(), ports.relationships(), ports.warnings(),
        ports.lifecycles(), ports.assignments(), ports.records());
  }

  /** Makes the {@code n}-th save from now (1 = the next) fail with a {@link CrmStorageException}. */
  void failSave(int n) {
    saves = 0;
    failAt = n;
  }

  private void count() {
    saves++;
    if (saves == failAt) {
      throw new CrmStorageException("injected failure of save " + saves, new IllegalStateException("injected"));
    }
  }

  Account openAccount(String id, String number, CustomerId owner) {
    return ok(Account.open(AccountId.of(id), HoldingFixture.form(number, ProductType.DEPOSIT, "100.00", owner),
            HoldingFixture.TODAY, TELLER, NOW)
        .flatMap(update -> accounts.save(SCOPE, update)));
  }

  Account addHolder(String id, CustomerId customer, OwnershipRole role) {
    Account account = accounts.findById(SCOPE, AccountId.of(id)).orElseThrow();
    return ok(account.addHolder(account.version(), new AccountHolder(customer, role), TELLER, NOW)
        .flatMap(update -> accounts.save(SCOPE, update)));
  }

  public LoanContract signLoan(String id, CustomerId borrower) {
    return ok(loans.save(SCOPE, HoldingFixture.signing(id, borrower)));
  }

  LoanContract guarantee(String id, CustomerId guarantor, String amount) {
    LoanContract contract = loans.findById(SCOPE, LoanContractId.of(id)).orElseThrow();
    return ok(contract.addGuarantee(contract.version(),
            new Guarantee(guarantor, GuaranteeType.JOINT_AND_SEVERAL, HoldingFixture.cny(amount)), TELLER, NOW)
        .flatMap(update -> loans.save(SCOPE, update)));
  }

  Group group(String id, GroupType type) {
    return ok(Group.create(GroupId.of(id), type, "Group " + id, OrganizationFixture.BJ01, TELLER, NOW)
        .flatMap(update -> groups.save(SCOPE, update)));
  }

  Group join(String id, CustomerId customer, MemberRole role, boolean primary) {
    Group group = groups.findById(SCOPE, GroupId.of(id)).orElseThrow();
    return ok(group.addMember(group.version(), customer, role, primary, TELLER, NOW)
        .flatMap(update -> groups.save(SCOPE, update)));
  }

  CustomerLifecycle startLifecycle(CustomerId customer, LifecycleStage stage) {
    return ok(CustomerLifecycle.start(customer, stage, null, TELLER, NOW).flatMap(update -> lifecycles.save(SCOPE, update)));
  }

  public Interaction contact(String id, CustomerId customer) {
    return ok(interactions.save(SCOPE, InteractionFixture.inquiry(id, customer, NOW.minusSeconds(86_400))));
  }

  public Relationship relate(String id, CustomerId from, RelationshipType type, CustomerId to) {
    return ok(Relationship.establish(RelationshipId.of(id),
            RelationshipFixture.form(from, type, to, null).validate().toEither().getOrElseThrow(errors -> new AssertionError(errors.toString())),
            CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL, TELLER, NOW)
        .flatMap(update -> relationships.save(SCOPE, update)));
  }

  EarlyWarning raise(String id, CustomerId customer) {
    return ok(warnings.save(SCOPE, EarlyWarning.raise(WarningId.of(id),
        WarningFixture.assessment(customer, WarningFactor.LOAN_OVERDUE, 30, WarningLevel.HIGH), TELLER, NOW)));
  }

  private static <E, T> T ok(Either<E, T> result) {
    return result.getOrElseThrow(error -> new AssertionError("fixture refused: " + error));
  }

  /**
   * What every port holds for the merged customers and the others, with versions and update times left
   * out: the data a merge moves and an undo must restore.
   *
   * @return the records by what they are, e.g. {@code "account A1"}
   */
  public Map<String, Object> state() {
    Map<String, Object> state = new TreeMap<>();
    for (CustomerId customer : List.of(SURVIVOR, ABSORBED, CustomerStoreFixture.C1, CustomerStoreFixture.C2,
        CustomerStoreFixture.C3)) {
      IndividualCustomer record = (IndividualCustomer) customers.findById(SCOPE, customer).orElseThrow();
      state.put("customer " + customer, record.profile());
      state.put("customer " + customer + " merged into", String.valueOf(record.mergedInto()));
      for (Account account : accounts.heldBy(SCOPE, customer)) {
        state.put("account " + account.id(), account.holders());
      }
      for (LoanContract contract : loans.ofBorrower(SCOPE, customer)) {
        state.put("loan " + contract.id(), contract.borrower() + " " + contract.guarantees());
      }
      for (LoanContract contract : loans.ofGuarantor(SCOPE, customer)) {
        state.put("loan " + contract.id(), contract.borrower() + " " + contract.guarantees());
      }
      for (Group group : groups.groupsOf(SCOPE, customer)) {
        state.put("group " + group.id(), group.members());
      }
      for (Interaction interaction : interactions.ofCustomer(SCOPE, customer, EARLIEST, LATEST)) {
        state.put("interaction " + interaction.id(), interaction.customerId() + " " + interaction.complaint());
      }
      for (Relationship relationship : relationships.of(SCOPE, customer, false)) {
        state.put("relationship " + relationship.id(), relationship.from() + " " + relationship.type() + " "
            + relationship.to() + " " + relationship.state() + " " + relationship.validity());
      }
      for (EarlyWarning warning : warnings.ofCustomer(SCOPE, customer)) {
        state.put("warning " + warning.id(), warning.customerId() + " " + warning.state() + " " + warning.level());
      }
      lifecycles.find(SCOPE, customer).ifPresent(lifecycle -> state.put("lifecycle " + customer, lifecycle.transitions()));
    }
    return state;
  }

  /**
   * Whether any account, loan contract, group, contact record or active relationship still names the
   * customer, or an open warning does while the survivor has none.
   *
   * @param customer the customer
   * @return whether anything still names it
   */
  public boolean anythingPointsTo(CustomerId customer) {
    return !accounts.heldBy(SCOPE, customer).isEmpty()
        || !loans.ofBorrower(SCOPE, customer).isEmpty()
        || !loans.ofGuarantor(SCOPE, customer).isEmpty()
        || !groups.groupsOf(SCOPE, customer).isEmpty()
        || !interactions.ofCustomer(SCOPE, customer, EARLIEST, LATEST).isEmpty()
        || !relationships.of(SCOPE, customer, true).isEmpty()
        || (warnings.findOpen(SCOPE, customer).isPresent() && warnings.findOpen(SCOPE, SURVIVOR).isEmpty());
  }

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private final class FailingCustomers implements Customers {
    private final Customers delegate;

    FailingCustomers(Customers delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<CustomerError, Customer> save(AccessScope scope, CustomerUpdate update) {
      count();
      return delegate.save(scope, update);
    }

    @Override
    public Optional<Customer> findById(AccessScope scope, CustomerId id) {
      return delegate.findById(scope, id);
    }

    @Override
    public Optional<Customer> findByIdentityDocument(AccessScope scope, IdentityDocumentKey document) {
      return delegate.findByIdentityDocument(scope, document);
    }

    @Override
    public Optional<Customer> findByCreditCode(AccessScope scope, UnifiedSocialCreditCode creditCode) {
      return delegate.findByCreditCode(scope, creditCode);
    }

    @Override
    public Page<Customer> search(AccessScope scope, CustomerSearch search, PageRequest page) {
      return delegate.search(scope, search, page);
    }

    @Override
    public List<CustomerChangeRecord> changes(AccessScope scope, CustomerId id) {
      return delegate.changes(scope, id);
    }
  }

  private final class FailingInteractions implements Interactions {
    private final Interactions delegate;

    FailingInteractions(Interactions delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<InteractionError, Interaction> save(AccessScope scope, InteractionUpdate update) {
      count();
      return delegate.save(scope, update);
    }

    @Override
    public Optional<Interaction> findById(AccessScope scope, InteractionId id) {
      return delegate.findById(scope, id);
    }

    @Override
    public List<Interaction> ofCustomer(AccessScope scope, CustomerId customerId, Instant from, Instant until) {
      return delegate.ofCustomer(scope, customerId, from, until);
    }

    @Override
    public List<Interaction> openComplaints(AccessScope scope, CustomerId customerId) {
      return delegate.openComplaints(scope, customerId);
    }
  }

  private final class FailingRelationships implements Relationships {
    private final Relationships delegate;

    FailingRelationships(Relationships delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<RelationshipError, Relationship> save(AccessScope scope, RelationshipUpdate update) {
      count();
      return delegate.save(scope, update);
    }

    @Override
    public Optional<Relationship> findById(AccessScope scope, RelationshipId id) {
      return delegate.findById(scope, id);
    }

    @Override
    public List<Relationship> of(AccessScope scope, CustomerId customerId, boolean activeOnly) {
      return delegate.of(scope, customerId, activeOnly);
    }

    @Override
    public List<Relationship> effectiveOn(AccessScope scope, LocalDate day) {
      return delegate.effectiveOn(scope, day);
    }
  }

  private final class FailingWarnings implements Warnings {
    private final Warnings delegate;

    FailingWarnings(Warnings delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<WarningError, EarlyWarning> save(AccessScope scope, WarningUpdate update) {
      count();
      return delegate.save(scope, update);
    }

    @Override
    public Optional<EarlyWarning> findById(AccessScope scope, WarningId id) {
      return delegate.findById(scope, id);
    }

    @Override
    public Optional<EarlyWarning> findOpen(AccessScope scope, CustomerId customerId) {
      return delegate.findOpen(scope, customerId);
    }

    @Override
    public List<EarlyWarning> ofCustomer(AccessScope scope, CustomerId customerId) {
      return delegate.ofCustomer(scope, customerId);
    }

    @Override
    public Page<EarlyWarning> open(AccessScope scope, PageRequest page) {
      return delegate.open(scope, page);
    }
  }

  private final class FailingAccounts implements Accounts {
    private final Accounts delegate;

    FailingAccounts(Accounts delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<HoldingError, Account> save(AccessScope scope, AccountUpdate update) {
      count();
      return delegate.save(scope, update);
    }

    @Override
    public Optional<Account> findById(AccessScope scope, AccountId id) {
      return delegate.findById(scope, id);
    }

    @Override
    public Optional<Account> findByNumber(AccessScope scope, AccountNumber number) {
      return delegate.findByNumber(scope, number);
    }

    @Override
    public List<Account> heldBy(AccessScope scope, CustomerId customerId) {
      return delegate.heldBy(scope, customerId);
    }

    @Override
    public BalanceSummary balanceSummary(AccessScope scope, CustomerId customerId, LocalDate asOf) {
      return delegate.balanceSummary(scope, customerId, asOf);
    }
  }

  private final class FailingLoanContracts implements LoanContracts {
    private final LoanContracts delegate;

    FailingLoanContracts(LoanContracts delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<HoldingError, LoanContract> save(AccessScope scope, LoanContractUpdate update) {
      count();
      return delegate.save(scope, update);
    }

    @Override
    public Optional<LoanContract> findById(AccessScope scope, LoanContractId id) {
      return delegate.findById(scope, id);
    }

    @Override
    public List<LoanContract> ofBorrower(AccessScope scope, CustomerId customerId) {
      return delegate.ofBorrower(scope, customerId);
    }

    @Override
    public List<LoanContract> ofGuarantor(AccessScope scope, CustomerId customerId) {
      return delegate.ofGuarantor(scope, customerId);
    }

    @Override
    public CreditExposure creditExposure(AccessScope scope, CustomerId customerId, LocalDate asOf) {
      return delegate.creditExposure(scope, customerId, asOf);
    }
  }

  private final class FailingGroups implements Groups {
    private final Groups delegate;

    FailingGroups(Groups delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<GroupError, Group> save(AccessScope scope, GroupUpdate update) {
      count();
      return delegate.save(scope, update);
    }

    @Override
    public Optional<Group> findById(AccessScope scope, GroupId id) {
      return delegate.findById(scope, id);
    }

    @Override
    public Page<GroupMember> members(AccessScope scope, GroupId id, PageRequest page) {
      return delegate.members(scope, id, page);
    }

    @Override
    public Page<Group> list(AccessScope scope, @Nullable GroupType type, PageRequest page) {
      return delegate.list(scope, type, page);
    }

    @Override
    public List<Group> groupsOf(AccessScope scope, CustomerId customerId) {
      return delegate.groupsOf(scope, customerId);
    }

    @Override
    public Optional<Group> primaryGroupOf(AccessScope scope, CustomerId customerId) {
      return delegate.primaryGroupOf(scope, customerId);
    }
  }
}
