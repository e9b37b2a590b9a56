package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The business rules of relationships, as named policy functions. Each returns its argument when the
 * rule holds and a typed {@link RelationshipError} when it does not, so that a flow chains them with
 * {@code flatMap}.
 *
 * <p>The first three need only the relationship and its customers' kinds and are applied by the
 * aggregate's commands. The last two need the other relationships of the same customers; the {@link
 * Relationships} port applies them ({@link #fitsAmong}) in the same atomic step as the save, so that
 * two concurrent shareholdings cannot together push a company over 100 %.
 */
public final class RelationshipRules {

  private RelationshipRules() {}

  /**
   * No customer is related to itself.
   *
   * @param terms the terms to establish
   * @return the terms, or {@code SelfRelationship}
   */
  public static Either<RelationshipError, RelationshipTerms> notWithItself(RelationshipTerms terms) {
    requireNonNull(terms, "terms");
    return terms.from().equals(terms.to())
        ? Either.left(new RelationshipError.SelfRelationship(terms.from()))
        : Either.right(terms);
  }

  /**
   * The type allows both customers' kinds on their sides: spouses are individuals, a subsidiary and its
   * parent are companies, only a company can be owned.
   *
   * @param terms the terms to establish
   * @param fromKind the kind of the customer the relationship runs from
   * @param toKind the kind of the customer it runs to
   * @return the terms, or {@code KindNotAllowed} naming the first side that does not fit
   */
  public static Either<RelationshipError, RelationshipTerms> kindsAllowed(
      RelationshipTerms terms, CustomerKind fromKind, CustomerKind toKind) {
    requireNonNull(terms, "terms");
    requireNonNull(fromKind, "fromKind");
    requireNonNull(toKind, "toKind");
    RelationshipType type = terms.type();
    if (!type.fromKinds().contains(fromKind)) {
      return Either.left(
          new RelationshipError.KindNotAllowed(type, type.fromRole(), terms.from(), fromKind));
    }
    if (!type.toKinds().contains(toKind)) {
      return Either.left(
          new RelationshipError.KindNotAllowed(type, type.toRole(), terms.to(), toKind));
    }
    return Either.right(terms);
  }

  /**
   * Ended relationships are kept for the record and never edited.
   *
   * @param relationship the relationship to edit
   * @return the relationship, or {@code RelationshipEnded}
   */
  public static Either<RelationshipError, Relationship> stillActive(Relationship relationship) {
    requireNonNull(relationship, "relationship");
    return relationship.isActive()
        ? Either.right(relationship)
        : Either.left(new RelationshipError.RelationshipEnded(relationship.id()));
  }

  /**
   * No two active relationships link the same customers in the same way ({@link
   * Relationship#isSameLinkAs}) during overlapping periods. Periods that do not overlap are a renewal,
   * not a duplicate.
   *
   * @param candidate the relationship about to be saved
   * @param stored the stored relationships of its customers; the candidate's own earlier version is
   *     ignored
   * @return the candidate, or {@code DuplicateRelationship} naming the one that already holds
   */
  public static Either<RelationshipError, Relationship> noActiveDuplicate(
      Relationship candidate, Collection<Relationship> stored) {
    requireNonNull(candidate, "candidate");
    if (!candidate.isActive()) {
      return Either.right(candidate);
    }
    for (Relationship other : stored) {
      if (other.isActive()
          && !other.id().equals(candidate.id())
          && other.isSameLinkAs(candidate)
          && other.validity().overlaps(candidate.validity())) {
        return Either.left(new RelationshipError.DuplicateRelationship(other.id()));
      }
    }
    return Either.right(candidate);
  }

  /**
   * The active shareholdings in one company never add up to more than 100 % on any day. Shareholdings
   * whose periods do not overlap do not add up: a stake sold on one day and bought the next is not
   * counted twice.
   *
   * @param candidate the relationship about to be saved
   * @param stored the stored relationships of its customers (for a shareholding, every shareholding in
   *     the owned company); the candidate's own earlier version is ignored
   * @return the candidate, or {@code OwnershipExceeded} with the largest total the others reach on a day
   *     of the candidate's period
   */
  public static Either<RelationshipError, Relationship> ownershipWithinLimit(
      Relationship candidate, Collection<Relationship> stored) {
    requireNonNull(candidate, "candidate");
    if (!candidate.isActive() || candidate.type() != RelationshipType.SHAREHOLDING) {
      return Either.right(candidate);
    }
    List<Relationship> others =
        stored.stream()
            .filter(Relationship::isActive)
            .filter(other -> other.type() == RelationshipType.SHAREHOLDING)
            .filter(other -> other.to().equals(candidate.to()))
            .filter(other -> !other.id().equals(candidate.id()))
            .filter(other -> other.validity().overlaps(candidate.validity()))
            .toList();
    // the total of overlapping periods peaks on the first day of one of them
    BigDecimal peak = heldOn(candidate.validity().from(), others);
    for (Relationship other : others) {
      LocalDate day = other.validity().from();
      if (candidate.validity().contains(day)) {
        peak = peak.max(heldOn(day, others));
      }
    }
    BigDecimal requested = candidate.ownershipPercentage();
    return peak.add(requested).compareTo(OwnershipPercentage.HUNDRED) > 0
        ? Either.left(new RelationshipError.OwnershipExceeded(candidate.to(), peak, requested))
        : Either.right(candidate);
  }

  /**
   * Both rules that need other relationships: {@link #noActiveDuplicate} then {@link
   * #ownershipWithinLimit}. Ports apply this in the atomic step that saves the candidate.
   *
   * @param candidate the relationship about to be saved
   * @param stored the stored relationships of its two customers, both directions, every state
   * @return the candidate, or the first refusal
   */
  public static Either<RelationshipError, Relationship> fitsAmong(
      Relationship candidate, Collection<Relationship> stored) {
    requireNonNull(stored, "stored");
    return noActiveDuplicate(candidate, stored)
        .flatMap(checked -> ownershipWithinLimit(checked, stored));
  }

  private static BigDecimal heldOn(LocalDate day, List<Relationship> shareholdings) {
    BigDecimal total = BigDecimal.ZERO.setScale(OwnershipPercentage.SCALE);
    for (Relationship shareholding : shareholdings) {
      if (shareholding.validity().contains(day)) {
        total = total.add(shareholding.ownershipPercentage());
      }
    }
    return total;
  }

  /**
   * Whether an update keeps the customers, type and kinds of the stored relationship, or changes one
   * side only by a {@link Relationship#repoint}: what every adapter checks before it saves a change.
   *
   * @param stored the stored relationship
   * @param update the update
   * @return whether the update may be saved over the stored relationship
   */
  public static boolean sameLinkOrRepointed(Relationship stored, RelationshipUpdate update) {
    requireNonNull(stored, "stored");
    Relationship next = requireNonNull(update, "update").relationship();
    boolean sameFrom = stored.from().equals(next.from()) && stored.fromKind() == next.fromKind();
    boolean sameTo = stored.to().equals(next.to()) && stored.toKind() == next.toKind();
    return stored.type() == next.type()
        && ((sameFrom && sameTo) || (update.repointsCustomer() && (sameFrom || sameTo)));
  }

  /**
   * The customers an update brings into a stored relationship: none, or the one a {@link
   * Relationship#repoint} brings in; the caller's scope must see it.
   *
   * @param stored the stored relationship
   * @param next its next state
   * @return the joining customers
   */
  public static List<CustomerId> joining(Relationship stored, Relationship next) {
    List<CustomerId> joining = new java.util.ArrayList<>();
    for (CustomerId customer : List.of(next.from(), next.to())) {
      if (!stored.involves(customer)) {
        joining.add(customer);
      }
    }
    return joining;
  }
}
