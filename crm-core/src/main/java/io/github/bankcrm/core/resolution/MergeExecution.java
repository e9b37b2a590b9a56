package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.group.Group;
import io.github.bankcrm.core.group.GroupError;
import io.github.bankcrm.core.group.GroupId;
import io.github.bankcrm.core.group.GroupMember;
import io.github.bankcrm.core.group.GroupUpdate;
import io.github.bankcrm.core.group.Groups;
import io.github.bankcrm.core.group.MemberRole;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.AccountUpdate;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.Guarantee;
import io.github.bankcrm.core.holding.GuaranteeType;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.holding.LoanContractUpdate;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.OwnershipRole;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionError;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.interaction.InteractionUpdate;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipUpdate;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.relationship.Validity;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.CrmStorageException;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningError;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningUpdate;
import io.github.bankcrm.core.warning.Warnings;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Runs a whole merge of two records of one person, or of one company, through the ports, and undoes
 * it: the customer records by {@link CustomerMerge}, and everything the absorbed customer owns moved to
 * the survivor, each move recorded as a {@link MovedItem} in the {@link MergeRecord}.
 *
 * <p><b>A saga, not a transaction.</b> The moves touch several aggregates behind separate ports, so they
 * cannot share one transaction. Each step is one optimistic-locked save of one aggregate; the survivor's
 * customer record is saved last. If a step is refused, or the store fails ({@link CrmStorageException}),
 * the steps already done are reversed, newest first, and the merge reports {@link MergeError.MoveRefused}:
 * everything is as before, apart from versions and change histories, which show the reversed steps. If a
 * reversal fails too, {@link MergeError.CompensationFailed} lists the moves still in place. Between the
 * first step and the last, a reader can see a half-moved state. The {@link MergeRecord} is stored after
 * the last step ({@link MergeRecords#add}, with the {@code CustomersMerged} event); if a concurrent merge
 * of one of the records was stored first ({@link MergeError.AlreadyMerged}), this merge is taken back
 * the way an undo is. An undo, by the merge's number, runs the same way backwards, first checks that
 * nothing moved has changed since the merge ({@link MergeError.MovedItemChanged}), and ends by marking
 * the record undone ({@link MergeRecords#markUndone}, with the {@code MergeUndone} event).
 *
 * <p><b>What moves.</b> Account holdings: the absorbed customer's place, role included (the owner role
 * too), passes to the survivor by {@link Account#transferHolder}; where both hold an account, the weaker
 * place is removed. Loan contracts it borrows under, settled ones too: the borrower's place passes by
 * {@link LoanContract#transferBorrower} (a guarantee the survivor gave on such a contract is released
 * first, since nobody guarantees their own loan). Guarantees on loan contracts: released and given again
 * by the survivor (or only released, where the survivor already guarantees or borrows). Group
 * memberships: left and joined with the same role and primary flag (or only left, where the survivor is
 * a member). Contact records, complaints in any state: re-pointed by {@link Interaction#reassign}.
 * Active relationships: re-pointed by {@link Relationship#repoint}; one that would link the survivor to
 * itself, or duplicate an active relationship of the survivor's, is ended on the merge's business day
 * instead, and restored with its period by the undo. The open early warning: re-pointed by {@link
 * EarlyWarning#repoint} if the survivor has none open; otherwise it stays open under the absorbed
 * number ({@link MoveAction#RETAINED}: one open warning per customer, the survivor's governs).
 *
 * <p><b>What is linked, not moved.</b> Records of the past stay under the number they were made for,
 * and the {@link MergeRecord} (kept by {@link MergeRecords}) links the two numbers: the lifecycle and the
 * service assignments of the absorbed customer ({@link MoveAction#RETAINED}: the survivor's govern),
 * ended relationships, resolved or lost warnings, and both change histories. A view of the survivor
 * reaches them by {@link MergeRecords#absorbedInto} and reading under each absorbed number as well. Segment memberships
 * are not moved either: they are computed by the segment rules from customer data, so the next refresh
 * puts the survivor where its merged data belong; the absorbed record, unchanged, stays where its own
 * data put it.
 *
 * <p>"Exactly as before" means every moved aggregate holds the same data as before the merge; versions
 * and update times move on, because every change, the undo included, is recorded.
 */
public final class MergeExecution {

  private static final String STORAGE_FAILURE = "storage_failure";
  /** Relationship periods and the day a merge ends a relationship are business days in China. */
  private static final ZoneOffset BUSINESS_ZONE = ZoneOffset.ofHours(8);
  /** Bounds wide enough for every contact a store holds (none takes place in the future). */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private final CustomerMerge merge;
  private final Customers customers;
  private final Accounts accounts;
  private final LoanContracts loanContracts;
  private final Groups groups;
  private final Interactions interactions;
  private final Relationships relationships;
  private final Warnings warnings;
  private final Lifecycles lifecycles;
  private final ServiceAssignments serviceAssignments;
  private final MergeRecords records;

  /**
   * A merge through these ports.
   *
   * @param merge the customer-record merge and its survivorship rules
   * @param customers the customers
   * @param accounts the accounts
   * @param loanContracts the loan contracts
   * @param groups the groups
   * @param interactions the contact records
   * @param relationships the relationships
   * @param warnings the early warnings
   * @param lifecycles the lifecycles
   * @param serviceAssignments the service assignments
   * @param records the merge records
   */
  public MergeExecution(
      CustomerMerge merge,
      Customers customers,
      Accounts accounts,
      LoanContracts loanContracts,
      Groups groups,
      Interactions interactions,
      Relationships relationships,
      Warnings warnings,
      Lifecycles lifecycles,
      ServiceAssignments serviceAssignments,
      MergeRecords records) {
    this.merge = requireNonNull(merge, "merge");
    this.customers = requireNonNull(customers, "customers");
    this.accounts = requireNonNull(accounts, "accounts");
    this.loanContracts = requireNonNull(loanContracts, "loanContracts");
    this.groups = requireNonNull(groups, "groups");
    this.interactions = requireNonNull(interactions, "interactions");
    this.relationships = requireNonNull(relationships, "relationships");
    this.warnings = requireNonNull(warnings, "warnings");
    this.lifecycles = requireNonNull(lifecycles, "lifecycles");
    this.serviceAssignments = requireNonNull(serviceAssignments, "serviceAssignments");
    this.records = requireNonNull(records, "records");
  }

  /**
   * What a merge or an undo did.
   *
   * @param record the merge record: with the moved items after a merge, marked undone after an undo
   * @param events {@code CustomersMerged} or {@code MergeUndone}, with the number of moved items
   */
  public record Outcome(MergeRecord record, List<MergeEvent> events) {
    public Outcome {
      requireNonNull(record, "record");
      events = List.copyOf(events);
    }
  }

  /**
   * Merges {@code absorbed} into {@code survivor} (a merge already decided, for example by a review).
   *
   * @param scope the caller's scope; both customers and every moved item must be in it
   * @param id the new merge's number
   * @param survivor the record that lives on
   * @param absorbed the record merged into it
   * @param actor who merges
   * @param now when
   * @return the outcome, with the record stored in {@link MergeRecords}; or {@code CustomerNotFound},
   *     {@code MergeExists}, {@code AlreadyMerged}, any refusal of {@link CustomerMerge#merge} ({@code
   *     ConflictingIdentity}, {@code DifferentCompanies}, {@code KindMismatch}...), {@code
   *     MoveRefused} or {@code CompensationFailed}
   */
  public Either<MergeError, Outcome> merge(
      AccessScope scope, MergeId id, CustomerId survivor, CustomerId absorbed, Actor actor, Instant now) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    Either<MergeError, Customer> kept = found(scope, survivor);
    if (kept.isLeft()) {
      return Either.left(kept.getLeft());
    }
    Either<MergeError, Customer> other = found(scope, absorbed);
    if (other.isLeft()) {
      return Either.left(other.getLeft());
    }
    Optional<MergeError> taken = alreadyMerged(scope, id, survivor, absorbed);
    if (taken.isPresent()) {
      return Either.left(taken.get());
    }
    Either<MergeError, CustomerMerge.Merge> decided = merge.merge(id, kept.get(), other.get(), actor, now);
    if (decided.isLeft()) {
      return Either.left(decided.getLeft());
    }
    Steps steps = new Steps(scope, actor, now);
    List<MovedItem> done = new ArrayList<>();
    for (MovedItem planned : plan(scope, survivor, absorbed, actor, now)) {
      Either<String, Long> saved = steps.forward(planned);
      if (saved.isLeft()) {
        return Either.left(steps.reverse(done, false).orElse(refused(planned, saved.getLeft())));
      }
      done.add(planned.at(saved.get()));
    }
    Optional<MergeError> customerRefusal = steps.saveCustomer(decided.get().survivorUpdate(), done, false);
    if (customerRefusal.isPresent()) {
      return Either.left(customerRefusal.get());
    }
    MergeRecord before = decided.get().record();
    MergeRecord record =
        new MergeRecord(before.id(), before.survivorBefore(), before.absorbedBefore(), before.survivorVersionAfter(),
            before.fieldSources(), done, before.mergedBy(), before.mergedAt(), null, null);
    MergeEvent.CustomersMerged event = new MergeEvent.CustomersMerged(id, survivor, absorbed, done.size(), actor, now);
    Either<MergeError, MergeRecord> stored;
    try {
      stored = records.add(scope, record, event);
    } catch (CrmStorageException failure) {
      undoSteps(scope, record, actor, now);
      throw failure;
    }
    if (stored.isLeft()) {
      // a concurrent merge of one of the records won the race: this one is taken back
      Either<MergeError, CustomerMerge.Undo> takenBack = undoSteps(scope, record, actor, now);
      return Either.left(takenBack.isLeft() ? takenBack.getLeft() : stored.getLeft());
    }
    return Either.right(new Outcome(record, List.of(event)));
  }

  /** The merge number is taken, or either record is merged away, or the absorbed one absorbed others. */
  private Optional<MergeError> alreadyMerged(AccessScope scope, MergeId id, CustomerId survivor, CustomerId absorbed) {
    if (records.findById(scope, id).isPresent()) {
      return Optional.of(new MergeError.MergeExists(id));
    }
    for (CustomerId customer : List.of(absorbed, survivor)) {
      Optional<MergeRecord> earlier = records.mergeOf(scope, customer);
      if (earlier.isPresent()) {
        return Optional.of(new MergeError.AlreadyMerged(customer, earlier.get().survivor(), earlier.get().id()));
      }
    }
    return records.absorbedInto(scope, absorbed).stream()
        .findFirst()
        .map(earlier -> new MergeError.AlreadyMerged(earlier.absorbed(), absorbed, earlier.id()));
  }

  /**
   * Undoes a stored merge: checks that neither the survivor nor any moved item changed since, moves
   * every item back, newest first, restores the survivor's data and marks the record undone.
   *
   * @param scope the caller's scope
   * @param id the merge
   * @param actor who undoes
   * @param now when
   * @return the outcome, or {@code MergeNotFound}, {@code AlreadyUndone}, {@code CustomerNotFound},
   *     {@code SurvivorChangedSinceMerge}, {@code MovedItemChanged}, {@code MoveRefused} or {@code
   *     CompensationFailed}
   */
  public Either<MergeError, Outcome> undo(AccessScope scope, MergeId id, Actor actor, Instant now) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    Optional<MergeRecord> record = records.findById(scope, id);
    if (record.isEmpty()) {
      return Either.left(new MergeError.MergeNotFound(id));
    }
    Either<MergeError, CustomerMerge.Undo> restored = undoSteps(scope, record.get(), actor, now);
    if (restored.isLeft()) {
      return Either.left(restored.getLeft());
    }
    MergeRecord undone = restored.get().record();
    MergeEvent.MergeUndone event =
        new MergeEvent.MergeUndone(id, undone.survivor(), undone.absorbed(), undone.moved().size(), actor, now);
    return records.markUndone(scope, undone, event).map(marked -> new Outcome(marked, List.of(event)));
  }

  /** Moves every item back, newest first, and restores the survivor's data; the record is not stored. */
  private Either<MergeError, CustomerMerge.Undo> undoSteps(
      AccessScope scope, MergeRecord record, Actor actor, Instant now) {
    if (record.isUndone()) {
      return Either.left(new MergeError.AlreadyUndone());
    }
    Either<MergeError, Customer> current = found(scope, record.survivor());
    if (current.isLeft()) {
      return Either.left(current.getLeft());
    }
    Either<MergeError, CustomerMerge.Undo> restored = merge.undo(record, current.get(), actor, now);
    if (restored.isLeft()) {
      return restored;
    }
    Steps steps = new Steps(scope, actor, now);
    Optional<MergeError> changed = steps.changedSince(record.moved());
    if (changed.isPresent()) {
      return Either.left(changed.get());
    }
    List<MovedItem> undone = new ArrayList<>();
    for (MovedItem item : newestFirst(record.moved())) {
      Either<String, Long> saved = steps.backward(item);
      if (saved.isLeft()) {
        return Either.left(steps.reverse(undone, true).orElse(refused(item, saved.getLeft())));
      }
      undone.add(item);
    }
    Optional<MergeError> customerRefusal = steps.saveCustomer(restored.get().survivorUpdate(), undone, true);
    return customerRefusal.isPresent() ? Either.left(customerRefusal.get()) : restored;
  }

  private Either<MergeError, Customer> found(AccessScope scope, CustomerId id) {
    requireNonNull(id, "customer");
    return customers.findById(scope, id)
        .<Either<MergeError, Customer>>map(Either::right)
        .orElseGet(() -> Either.left(new MergeError.CustomerNotFound(id)));
  }


  /** The steps of a merge, in order, before they are done (versions still 0). */
  private List<MovedItem> plan(
      AccessScope scope, CustomerId survivor, CustomerId absorbed, Actor actor, Instant now) {
    List<MovedItem> plan = new ArrayList<>();
    for (Account account : accounts.heldBy(scope, absorbed)) {
      String id = account.id().value();
      AccountHolder leaving = account.holder(absorbed).orElseThrow();
      Optional<AccountHolder> staying = account.holder(survivor);
      if (staying.isEmpty()) {
        plan.add(new MovedItem(MoveKind.ACCOUNT_HOLDER, id, MoveAction.TRANSFERRED, absorbed, survivor, null, 0));
      } else if (leaving.role() != OwnershipRole.OWNER) {
        plan.add(removed(MoveKind.ACCOUNT_HOLDER, id, absorbed, leaving.role().name()));
      } else {
        plan.add(removed(MoveKind.ACCOUNT_HOLDER, id, survivor, staying.get().role().name()));
        plan.add(new MovedItem(MoveKind.ACCOUNT_HOLDER, id, MoveAction.TRANSFERRED, absorbed, survivor, null, 0));
      }
    }
    for (LoanContract contract : loanContracts.ofGuarantor(scope, absorbed)) {
      String id = contract.id().value();
      Guarantee given = contract.guarantee(absorbed).orElseThrow();
      String detail = guaranteeDetail(given);
      plan.add(removed(MoveKind.LOAN_GUARANTOR, id, absorbed, detail));
      if (contract.guarantee(survivor).isEmpty() && !contract.borrower().equals(survivor)) {
        plan.add(new MovedItem(MoveKind.LOAN_GUARANTOR, id, MoveAction.ADDED, survivor, null, detail, 0));
      }
    }
    for (LoanContract contract : loanContracts.ofBorrower(scope, absorbed)) {
      String id = contract.id().value();
      contract.guarantee(survivor).ifPresent(given ->
          plan.add(removed(MoveKind.LOAN_GUARANTOR, id, survivor, guaranteeDetail(given))));
      plan.add(new MovedItem(MoveKind.LOAN_BORROWER, id, MoveAction.TRANSFERRED, absorbed, survivor, null, 0));
    }
    for (Group group : groups.groupsOf(scope, absorbed)) {
      String id = group.id().value();
      GroupMember member = group.member(absorbed).orElseThrow();
      String detail = member.role().name() + (member.primary() ? ":primary" : "");
      plan.add(removed(MoveKind.GROUP_MEMBER, id, absorbed, detail));
      if (group.member(survivor).isEmpty()) {
        plan.add(new MovedItem(MoveKind.GROUP_MEMBER, id, MoveAction.ADDED, survivor, null, detail, 0));
      }
    }
    for (Interaction interaction : interactions.ofCustomer(scope, absorbed, EARLIEST, LATEST)) {
      plan.add(new MovedItem(MoveKind.INTERACTION, interaction.id().value(), MoveAction.TRANSFERRED, absorbed,
          survivor, null, 0));
    }
    List<Relationship> survivorsLinks = relationships.of(scope, survivor, true);
    for (Relationship relationship : relationships.of(scope, absorbed, true)) {
      String id = relationship.id().value();
      boolean repointable =
          relationship
              .repoint(relationship.version(), absorbed, survivor, kindOf(relationship, absorbed), actor, now)
              .map(update -> survivorsLinks.stream().noneMatch(other -> duplicates(update.relationship(), other)))
              .getOrElse(false);
      plan.add(repointable
          ? new MovedItem(MoveKind.RELATIONSHIP, id, MoveAction.TRANSFERRED, absorbed, survivor, null, 0)
          : removed(MoveKind.RELATIONSHIP, id, absorbed, periodDetail(relationship.validity())));
    }
    warnings.findOpen(scope, absorbed).ifPresent(warning -> plan.add(
        warnings.findOpen(scope, survivor).isEmpty()
            ? new MovedItem(MoveKind.EARLY_WARNING, warning.id().value(), MoveAction.TRANSFERRED, absorbed, survivor,
                null, 0)
            : new MovedItem(MoveKind.EARLY_WARNING, warning.id().value(), MoveAction.RETAINED, absorbed, null, null,
                warning.version())));
    lifecycles.find(scope, absorbed).ifPresent(lifecycle -> plan.add(
        new MovedItem(MoveKind.LIFECYCLE, absorbed.value(), MoveAction.RETAINED, absorbed, null, null, lifecycle.version())));
    serviceAssignments.historyOf(scope, absorbed).ifPresent(history -> plan.add(
        new MovedItem(MoveKind.SERVICE_ASSIGNMENT, absorbed.value(), MoveAction.RETAINED, absorbed, null, null,
            history.version())));
    return plan;
  }

  private static String guaranteeDetail(Guarantee given) {
    return given.type().name() + "|" + given.amount().amount().toPlainString() + "|"
        + given.amount().currency().getCurrencyCode();
  }

  private static String periodDetail(Validity validity) {
    return validity.from() + "|" + (validity.to() == null ? "" : validity.to().toString());
  }

  private static Validity period(String detail) {
    String[] parts = detail.split("\\|", -1);
    return new Validity(LocalDate.parse(parts[0]), parts[1].isEmpty() ? null : LocalDate.parse(parts[1]));
  }

  private static io.github.bankcrm.core.customer.CustomerKind kindOf(Relationship relationship, CustomerId side) {
    return relationship.from().equals(side) ? relationship.fromKind() : relationship.toKind();
  }

  /** The same rule as the port's: an active link the same way over an overlapping period. */
  private static boolean duplicates(Relationship repointed, Relationship other) {
    return other.isActive()
        && !other.id().equals(repointed.id())
        && other.isSameLinkAs(repointed)
        && other.validity().overlaps(repointed.validity());
  }

  private static MergeError refused(MovedItem item, String causeCode) {
    return new MergeError.MoveRefused(item.kind(), item.itemId(), causeCode);
  }

  private static List<MovedItem> newestFirst(List<MovedItem> items) {
    List<MovedItem> reversed = new ArrayList<>(items);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  private static MovedItem removed(MoveKind kind, String id, CustomerId customer, String detail) {
    return new MovedItem(kind, id, MoveAction.REMOVED, customer, null, detail, 0);
  }

  /** One merge's or undo's saves through the ports, each reporting the new version or the refusal code. */
  private final class Steps {
    private final AccessScope scope;
    private final Actor actor;
    private final Instant now;

    Steps(AccessScope scope, Actor actor, Instant now) {
      this.scope = scope;
      this.actor = actor;
      this.now = now;
    }

    /** Does what the item records. RETAINED items change nothing. */
    Either<String, Long> forward(MovedItem item) {
      return switch (item.action()) {
        case TRANSFERRED -> transfer(item, item.customer(), item.to());
        case REMOVED -> remove(item, item.customer());
        case ADDED -> add(item, item.customer());
        case RETAINED -> Either.right(item.versionAfter());
      };
    }

    /** Does the opposite of what the item records. */
    Either<String, Long> backward(MovedItem item) {
      return switch (item.action()) {
        case TRANSFERRED -> transfer(item, item.to(), item.customer());
        case REMOVED -> add(item, item.customer());
        case ADDED -> remove(item, item.customer());
        case RETAINED -> Either.right(item.versionAfter());
      };
    }

    /** The first moved item whose aggregate is no longer at the version the merge's last change left. */
    Optional<MergeError> changedSince(List<MovedItem> moved) {
      Map<String, MovedItem> last = new LinkedHashMap<>();
      for (MovedItem item : moved) {
        if (item.action() != MoveAction.RETAINED) {
          last.put(item.kind().aggregate() + "/" + item.itemId(), item);
        }
      }
      for (MovedItem item : last.values()) {
        long current = version(item).orElse(0L);
        if (current != item.versionAfter()) {
          return Optional.of(new MergeError.MovedItemChanged(item.kind(), item.itemId(), item.versionAfter(), current));
        }
      }
      return Optional.empty();
    }

    /**
     * Saves the survivor's customer record, the saga's last step; if it is refused or the store fails,
     * the moves done are reversed first, then the refusal reported or the failure passed on.
     */
    Optional<MergeError> saveCustomer(@Nullable CustomerUpdate update, List<MovedItem> done, boolean undoing) {
      if (update == null) {
        return Optional.empty();
      }
      Either<CustomerError, Customer> saved;
      try {
        saved = customers.save(scope, update);
      } catch (CrmStorageException failure) {
        reverse(done, undoing);
        throw failure;
      }
      if (saved.isLeft()) {
        return Optional.of(reverse(done, undoing).orElse(new MergeError.CustomerRefused(saved.getLeft())));
      }
      return Optional.empty();
    }

    /**
     * Reverses the steps done, newest first. In an undo the steps done were backward moves, so they are
     * reversed by doing them forward again.
     *
     * @return {@code CompensationFailed} if a reversal failed, else empty
     */
    Optional<MergeError> reverse(List<MovedItem> done, boolean undoing) {
      List<MovedItem> left = new ArrayList<>(done);
      for (MovedItem item : newestFirst(done)) {
        Either<String, Long> reversed = undoing ? forward(item) : backward(item);
        if (reversed.isLeft()) {
          return Optional.of(new MergeError.CompensationFailed(item.kind(), item.itemId(), reversed.getLeft(), left));
        }
        left.remove(left.size() - 1);
      }
      return Optional.empty();
    }

    private Optional<Long> version(MovedItem item) {
      return switch (item.kind()) {
        case ACCOUNT_HOLDER -> accounts.findById(scope, AccountId.of(item.itemId())).map(Account::version);
        case LOAN_GUARANTOR -> loanContracts.findById(scope, LoanContractId.of(item.itemId())).map(LoanContract::version);
        case LOAN_BORROWER -> loanContracts.findById(scope, LoanContractId.of(item.itemId())).map(LoanContract::version);
        case GROUP_MEMBER -> groups.findById(scope, GroupId.of(item.itemId())).map(Group::version);
        case INTERACTION -> interactions.findById(scope, InteractionId.of(item.itemId())).map(Interaction::version);
        case RELATIONSHIP -> relationships.findById(scope, RelationshipId.of(item.itemId())).map(Relationship::version);
        case EARLY_WARNING -> warnings.findById(scope, WarningId.of(item.itemId())).map(EarlyWarning::version);
        case LIFECYCLE, SERVICE_ASSIGNMENT -> Optional.of(item.versionAfter());
      };
    }

    private Either<String, Long> transfer(MovedItem item, CustomerId from, CustomerId to) {
      return switch (item.kind()) {
        case ACCOUNT_HOLDER -> withAccount(item, account -> account.transferHolder(account.version(), from, to, actor, now));
        case LOAN_BORROWER -> withContract(
            item, contract -> contract.transferBorrower(contract.version(), from, to, actor, now));
        case INTERACTION -> withInteraction(item, interaction -> interaction.reassign(interaction.version(), to, actor, now));
        case RELATIONSHIP -> withRelationship(item, relationship -> relationship.repoint(
            relationship.version(), from, to, kindOf(relationship, from), actor, now));
        case EARLY_WARNING -> withWarning(item, warning -> warning.repoint(warning.version(), to, actor, now));
        case LOAN_GUARANTOR, GROUP_MEMBER, LIFECYCLE, SERVICE_ASSIGNMENT ->
            throw new IllegalStateException("nothing is transferred in a " + item.kind());
      };
    }

    private Either<String, Long> remove(MovedItem item, CustomerId customer) {
      return switch (item.kind()) {
        case ACCOUNT_HOLDER -> withAccount(item, account -> account.removeHolder(account.version(), customer, actor, now));
        case LOAN_GUARANTOR -> withContract(item, contract -> contract.releaseGuarantee(contract.version(), customer, actor, now));
        case GROUP_MEMBER -> withGroup(item, group -> group.removeMember(group.version(), customer, actor, now));
        case RELATIONSHIP -> withRelationship(item, relationship -> relationship.end(
            relationship.version(), lastDay(relationship.validity()), actor, now));
        case LOAN_BORROWER, INTERACTION, EARLY_WARNING, LIFECYCLE, SERVICE_ASSIGNMENT ->
            throw new IllegalStateException("nothing is removed from a " + item.kind());
      };
    }

    private Either<String, Long> add(MovedItem item, CustomerId customer) {
      String detail = requireNonNull(item.detail(), "detail");
      return switch (item.kind()) {
        case ACCOUNT_HOLDER -> withAccount(item, account -> account.addHolder(
            account.version(), new AccountHolder(customer, OwnershipRole.valueOf(detail)), actor, now));
        case LOAN_GUARANTOR -> {
          String[] parts = detail.split("\\|");
          Guarantee guarantee = new Guarantee(customer, GuaranteeType.valueOf(parts[0]), Money.of(parts[1], parts[2]));
          yield withContract(item, contract -> contract.addGuarantee(contract.version(), guarantee, actor, now));
        }
        case GROUP_MEMBER -> {
          boolean primary = detail.endsWith(":primary");
          MemberRole role = MemberRole.valueOf(primary ? detail.substring(0, detail.length() - ":primary".length()) : detail);
          yield withGroup(item, group -> group.addMember(group.version(), customer, role, primary, actor, now));
        }
        case RELATIONSHIP -> withRelationship(
            item, relationship -> relationship.restore(relationship.version(), period(detail), actor, now));
        case LOAN_BORROWER, INTERACTION, EARLY_WARNING, LIFECYCLE, SERVICE_ASSIGNMENT ->
            throw new IllegalStateException("nothing is added to a " + item.kind());
      };
    }

    /** The day a merge ends a relationship: the merge's business day, not before the period starts. */
    private LocalDate lastDay(Validity validity) {
      LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
      return today.isBefore(validity.from()) ? validity.from() : today;
    }

    private Either<String, Long> withInteraction(
        MovedItem item, Function<Interaction, Either<InteractionError, InteractionUpdate>> change) {
      return changed(
          () -> interactions.findById(scope, InteractionId.of(item.itemId())),
          change,
          update -> interactions.save(scope, update),
          InteractionError::code,
          Interaction::version);
    }

    private Either<String, Long> withRelationship(
        MovedItem item, Function<Relationship, Either<RelationshipError, RelationshipUpdate>> change) {
      return changed(
          () -> relationships.findById(scope, RelationshipId.of(item.itemId())),
          change,
          update -> relationships.save(scope, update),
          RelationshipError::code,
          Relationship::version);
    }

    private Either<String, Long> withWarning(
        MovedItem item, Function<EarlyWarning, Either<WarningError, WarningUpdate>> change) {
      return changed(
          () -> warnings.findById(scope, WarningId.of(item.itemId())),
          change,
          update -> warnings.save(scope, update),
          WarningError::code,
          EarlyWarning::version);
    }

    private Either<String, Long> withAccount(
        MovedItem item, Function<Account, Either<HoldingError, AccountUpdate>> change) {
      return changed(
          () -> accounts.findById(scope, AccountId.of(item.itemId())),
          change,
          update -> accounts.save(scope, update),
          HoldingError::code,
          Account::version);
    }

    private Either<String, Long> withContract(
        MovedItem item, Function<LoanContract, Either<HoldingError, LoanContractUpdate>> change) {
      return changed(
          () -> loanContracts.findById(scope, LoanContractId.of(item.itemId())),
          change,
          update -> loanContracts.save(scope, update),
          HoldingError::code,
          LoanContract::version);
    }

    private Either<String, Long> withGroup(
        MovedItem item, Function<Group, Either<GroupError, GroupUpdate>> change) {
      return changed(
          () -> groups.findById(scope, GroupId.of(item.itemId())),
          change,
          update -> groups.save(scope, update),
          GroupError::code,
          Group::version);
    }

    /** One step on one aggregate: load it, apply the command, save it; the saved version or a code. */
    private <A, U, E> Either<String, Long> changed(
        Supplier<Optional<A>> load,
        Function<A, Either<E, U>> change,
        Function<U, Either<E, A>> save,
        Function<E, String> code,
        ToLongFunction<A> version) {
      return stored(
          () ->
              load.get()
                  .<Either<String, Long>>map(
                      found ->
                          change.apply(found).flatMap(save).bimap(code, version::applyAsLong))
                  .orElseGet(() -> Either.left("not_found")));
    }

    /** A failing store is one more refused step: the saga reverses what it did and reports it. */
    private Either<String, Long> stored(Supplier<Either<String, Long>> save) {
      try {
        return save.get();
      } catch (CrmStorageException failure) {
        return Either.left(STORAGE_FAILURE);
      }
    }
  }
}
