package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.ContactPoints;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CorporateProfile;
import io.github.bankcrm.core.customer.CorporateProfileForm;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.FinancialStatementSummary;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.customer.Employment;
import io.github.bankcrm.core.customer.HouseholdFinances;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfile;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.MaritalStatus;
import io.github.bankcrm.core.customer.NameScript;
import io.github.bankcrm.core.customer.PersonName;
import io.github.bankcrm.core.customer.PhoneNumber;
import io.github.bankcrm.core.customer.PostalAddress;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Merges two records of one person into the survivor, by {@link Survivorship} rules, and undoes a merge
 * exactly. The survivor is changed through its own {@code changeProfile} command, so the merge appears in
 * its change history like any other change; the absorbed record is not changed at all, and the {@link
 * MergeRecord} keeps both before-images.
 *
 * <p>Nothing is lost: fixed-line phones, addresses (one per type, the survivor's first) and Chinese /
 * Latin spellings of both records are united; the survivor keeps its own identity documents, because a
 * store refuses one document on two records and the absorbed record lives on, unchanged, with its own
 * (both are in the {@link MergeRecord}); every single-valued field follows its
 * rule, and an empty value never wins. Two different resident identity numbers refuse the merge.
 *
 * <p>Two records of one company (the same credit code, or the same normalised registered name and
 * registration date; otherwise {@link MergeError.DifferentCompanies}) merge the same way: the survivor
 * keeps its registration data and gains the financial statements of periods it lacks. A person and a
 * company never merge ({@link MergeError.KindMismatch}).
 *
 * <p>This class decides the customer records only; {@link MergeExecution} runs a whole merge through the
 * ports, moving what the absorbed customer owns and recording each move as a {@link MovedItem}.
 */
public final class CustomerMerge {

  /** Compares registered names of companies; the tables load once. */
  private static final IdentityNormalization NAMES = IdentityNormalization.standard();

  private final Survivorship survivorship;

  /**
   * A merge with these rules.
   *
   * @param survivorship the survivorship rules
   */
  public CustomerMerge(Survivorship survivorship) {
    this.survivorship = requireNonNull(survivorship, "survivorship");
  }

  /**
   * What a merge produces.
   *
   * @param record the merge record, with the before-images
   * @param survivorUpdate the survivor's update to save, or {@code null} if the merge changes nothing in it
   * @param events {@code CustomersMerged}
   */
  public record Merge(MergeRecord record, @Nullable CustomerUpdate survivorUpdate, List<MergeEvent> events) {
    public Merge {
      requireNonNull(record, "record");
      events = List.copyOf(events);
    }
  }

  /**
   * What an undo produces.
   *
   * @param record the merge record, marked undone
   * @param survivorUpdate the update restoring the survivor's data, or {@code null} if nothing changed
   * @param events {@code MergeUndone}
   */
  public record Undo(MergeRecord record, @Nullable CustomerUpdate survivorUpdate, List<MergeEvent> events) {
    public Undo {
      requireNonNull(record, "record");
      events = List.copyOf(events);
    }
  }

  /**
   * Merges {@code absorbed} into {@code survivor}.
   *
   * @param id the new merge's number
   * @param survivor the record that lives on, at its current version
   * @param absorbed the record merged into it
   * @param actor who merges
   * @param now when
   * @return the merge, or {@code ConflictingIdentity}, {@code DifferentCompanies}, {@code KindMismatch},
   *     {@code NotMergeable} or {@code CustomerRefused}
   */
  public Either<MergeError, Merge> merge(
      MergeId id, Customer survivor, Customer absorbed, Actor actor, Instant now) {
    requireNonNull(id, "id");
    requireNonNull(survivor, "survivor");
    requireNonNull(absorbed, "absorbed");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (survivor.id().equals(absorbed.id())) {
      return Either.left(new MergeError.NotMergeable(absorbed.id()));
    }
    if (survivor instanceof IndividualCustomer person && absorbed instanceof IndividualCustomer other) {
      return people(id, person, other, actor, now);
    }
    if (survivor instanceof CorporateCustomer company && absorbed instanceof CorporateCustomer other) {
      return companies(id, company, other, actor, now);
    }
    return Either.left(new MergeError.KindMismatch(survivor.id(), survivor.kind(), absorbed.id(), absorbed.kind()));
  }

  private Either<MergeError, Merge> people(
      MergeId id, IndividualCustomer survivor, IndividualCustomer absorbed, Actor actor, Instant now) {
    IndividualProfile kept = survivor.profile();
    IndividualProfile other = absorbed.profile();
    Optional<ResidentIdNumber> keptId = kept.residentIdNumber();
    Optional<ResidentIdNumber> otherId = other.residentIdNumber();
    if (keptId.isPresent() && otherId.isPresent() && !keptId.equals(otherId)) {
      return Either.left(new MergeError.ConflictingIdentity(survivor.id(), absorbed.id()));
    }
    Map<MergeField, io.github.bankcrm.core.customer.CustomerId> sources = new EnumMap<>(MergeField.class);
    Chooser chooser = new Chooser(survivor, absorbed, sources);
    IndividualProfile merged =
        new IndividualProfile(
            names(kept.name(), other.name()),
            kept.identityDocuments(),
            kept.birthDate(),
            kept.gender(),
            kept.nationality(),
            chooser.choose(MergeField.MARITAL_STATUS, IndividualProfile::maritalStatus, status -> status == MaritalStatus.NOT_STATED),
            chooser.choose(MergeField.EDUCATION, IndividualProfile::education, education -> education == Education.NOT_STATED),
            chooser.choose(MergeField.EMPLOYMENT, IndividualProfile::employment, Employment.UNKNOWN::equals),
            chooser.choose(MergeField.HOUSEHOLD, IndividualProfile::household, HouseholdFinances.UNDECLARED::equals),
            new ContactPoints(
                chooser.choose(MergeField.MOBILE, profile -> profile.contact().mobile(), mobile -> mobile == null),
                union(kept.contact().phones(), other.contact().phones(), PhoneNumber::value),
                chooser.choose(MergeField.EMAIL, profile -> profile.contact().email(), email -> email == null),
                union(kept.contact().addresses(), other.contact().addresses(), PostalAddress::type),
                kept.contact().preferredChannel(),
                kept.contact().marketingConsent()));
    return decided(id, survivor, absorbed, sources,
        survivor.changeProfile(survivor.version(), IndividualProfileForm.of(merged), actor, now), actor, now);
  }

  /**
   * Two records of one company: the same credit code, or the same registered name (compared
   * normalised) and registration date. The survivor keeps its name, code, licence, industry, size and
   * listing; the absorbed record's financial statements of periods the survivor has none for are added.
   */
  private Either<MergeError, Merge> companies(
      MergeId id, CorporateCustomer survivor, CorporateCustomer absorbed, Actor actor, Instant now) {
    CorporateProfile kept = survivor.profile();
    CorporateProfile other = absorbed.profile();
    boolean sameCode = kept.creditCode().equals(other.creditCode());
    boolean sameNameAndDay =
        NAMES.organisationName(kept.registeredName()).equals(NAMES.organisationName(other.registeredName()))
            && kept.licence().registrationDate().equals(other.licence().registrationDate());
    if (!sameCode && !sameNameAndDay) {
      return Either.left(new MergeError.DifferentCompanies(survivor.id(), absorbed.id()));
    }
    CorporateProfile merged =
        new CorporateProfile(kept.registeredName(), kept.creditCode(), kept.licence(), kept.industry(), kept.size(),
            kept.listing(),
            union(kept.financialStatements(), other.financialStatements(), FinancialStatementSummary::period));
    return decided(id, survivor, absorbed, Map.of(),
        survivor.changeProfile(survivor.version(), CorporateProfileForm.of(merged), actor, now), actor, now);
  }

  private Either<MergeError, Merge> decided(
      MergeId id,
      Customer survivor,
      Customer absorbed,
      Map<MergeField, io.github.bankcrm.core.customer.CustomerId> sources,
      Either<CustomerError, CustomerUpdate> change,
      Actor actor,
      Instant now) {
    if (change.isLeft() && !(change.getLeft() instanceof CustomerError.Unchanged)) {
      return Either.left(new MergeError.CustomerRefused(change.getLeft()));
    }
    CustomerUpdate update = change.isRight() ? change.get() : null;
    MergeRecord record =
        new MergeRecord(
            id,
            survivor,
            absorbed,
            update == null ? survivor.version() : update.customer().version(),
            sources,
            List.of(),
            actor,
            now,
            null,
            null);
    return Either.right(
        new Merge(record, update, List.of(new MergeEvent.CustomersMerged(id, survivor.id(), absorbed.id(), 0, actor, now))));
  }

  /**
   * Undoes a merge: the survivor gets its before-image data back (at a new version, so that the undo is
   * in its history); the absorbed record, never changed, stands on its own again.
   *
   * @param record the merge
   * @param currentSurvivor the survivor as stored now
   * @param actor who undoes
   * @param now when
   * @return the undo, or {@code AlreadyUndone}, {@code SurvivorChangedSinceMerge}, {@code CustomerRefused}
   */
  public Either<MergeError, Undo> undo(
      MergeRecord record, Customer currentSurvivor, Actor actor, Instant now) {
    requireNonNull(record, "record");
    requireNonNull(currentSurvivor, "currentSurvivor");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (record.isUndone()) {
      return Either.left(new MergeError.AlreadyUndone());
    }
    if (!currentSurvivor.id().equals(record.survivor())) {
      return Either.left(new MergeError.NotMergeable(currentSurvivor.id()));
    }
    if (currentSurvivor.version() != record.survivorVersionAfter()) {
      return Either.left(
          new MergeError.SurvivorChangedSinceMerge(
              record.survivor(), record.survivorVersionAfter(), currentSurvivor.version()));
    }
    Either<CustomerError, CustomerUpdate> restore =
        currentSurvivor instanceof IndividualCustomer person
            ? person.changeProfile(person.version(),
                IndividualProfileForm.of(((IndividualCustomer) record.survivorBefore()).profile()), actor, now)
            : ((CorporateCustomer) currentSurvivor).changeProfile(currentSurvivor.version(),
                CorporateProfileForm.of(((CorporateCustomer) record.survivorBefore()).profile()), actor, now);
    if (restore.isLeft() && !(restore.getLeft() instanceof CustomerError.Unchanged)) {
      return Either.left(new MergeError.CustomerRefused(restore.getLeft()));
    }
    CustomerUpdate update = restore.isRight() ? restore.get() : null;
    MergeRecord undone =
        new MergeRecord(
            record.id(), record.survivorBefore(), record.absorbedBefore(), record.survivorVersionAfter(),
            record.fieldSources(), record.moved(), record.mergedBy(), record.mergedAt(), actor, now);
    return Either.right(
        new Undo(
            undone,
            update,
            List.of(new MergeEvent.MergeUndone(record.id(), record.survivor(), record.absorbed(), record.moved().size(), actor, now))));
  }

  /** The survivor's name; the other record's Chinese and Latin spellings where the survivor has none. */
  private static PersonName names(PersonName kept, PersonName other) {
    Map<NameScript, String> alternatives = new EnumMap<>(NameScript.class);
    alternatives.putAll(kept.alternatives());
    for (NameScript script : List.of(NameScript.CHINESE, NameScript.LATIN)) {
      other.in(script).ifPresent(spelling -> alternatives.putIfAbsent(script, spelling));
    }
    return new PersonName(kept.legalName(), alternatives);
  }

  /** The survivor's items, then the other record's items with a key the survivor lacks. */
  private static <T, K> List<T> union(List<T> kept, List<T> other, Function<T, K> key) {
    Map<K, T> united = new LinkedHashMap<>();
    kept.forEach(item -> united.putIfAbsent(key.apply(item), item));
    other.forEach(item -> united.putIfAbsent(key.apply(item), item));
    return new ArrayList<>(united.values());
  }

  /** Applies the survivorship rules field by field and notes where each value came from. */
  private final class Chooser {
    private final IndividualCustomer survivor;
    private final IndividualCustomer absorbed;
    private final Map<MergeField, io.github.bankcrm.core.customer.CustomerId> sources;

    Chooser(
        IndividualCustomer survivor,
        IndividualCustomer absorbed,
        Map<MergeField, io.github.bankcrm.core.customer.CustomerId> sources) {
      this.survivor = survivor;
      this.absorbed = absorbed;
      this.sources = sources;
    }

    <T> T choose(MergeField field, Function<IndividualProfile, T> value, Predicate<T> isEmpty) {
      T kept = value.apply(survivor.profile());
      T other = value.apply(absorbed.profile());
      boolean takeOther;
      if (isEmpty.test(other)) {
        takeOther = false;
      } else if (isEmpty.test(kept)) {
        takeOther = true;
      } else {
        takeOther =
            switch (survivorship.ruleFor(field)) {
              case MOST_RECENT -> absorbed.updatedAt().isAfter(survivor.updatedAt());
              case MOST_TRUSTED -> survivorship.trust(absorbed) > survivorship.trust(survivor);
              case SURVIVOR -> false;
            };
      }
      sources.put(field, takeOther ? absorbed.id() : survivor.id());
      return takeOther ? other : kept;
    }
  }
}
