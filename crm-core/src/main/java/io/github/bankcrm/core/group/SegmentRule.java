package io.github.bankcrm.core.group;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.AddressType;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.PostalAddress;
import io.github.bankcrm.core.holding.BalanceLine;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A condition of a dynamic segment, as data: a tree of {@link All} / {@link Any} / {@link Not} over
 * leaf conditions on customer attributes and derived figures. Written to JSON with its type name in
 * {@code "type"} ({@code all, any, not, customerKind, ageBand, region, industry, education,
 * balanceBand, productsHeld, kycRating, tier}); other type names, and unknown properties, are refused.
 *
 * <p><b>Data first, validated on load.</b> Like an entry form, a rule can be built (and read from JSON)
 * with missing or wrong values; {@link SegmentDefinition#validate()} then reports every problem with
 * its path. {@link #matches} is defined for valid rules only.
 *
 * <p><b>Evaluation</b> is pure, deterministic and allocation-light: no streams, no boxing beyond the
 * balance sums. A condition on an attribute the customer does not have is false: an age band for a
 * company, an industry for a person, a tier for a customer without one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SegmentRule.All.class, name = "all"),
  @JsonSubTypes.Type(value = SegmentRule.Any.class, name = "any"),
  @JsonSubTypes.Type(value = SegmentRule.Not.class, name = "not"),
  @JsonSubTypes.Type(value = SegmentRule.KindIs.class, name = "customerKind"),
  @JsonSubTypes.Type(value = SegmentRule.AgeBand.class, name = "ageBand"),
  @JsonSubTypes.Type(value = SegmentRule.Region.class, name = "region"),
  @JsonSubTypes.Type(value = SegmentRule.Industry.class, name = "industry"),
  @JsonSubTypes.Type(value = SegmentRule.EducationIn.class, name = "education"),
  @JsonSubTypes.Type(value = SegmentRule.BalanceBand.class, name = "balanceBand"),
  @JsonSubTypes.Type(value = SegmentRule.ProductsHeld.class, name = "productsHeld"),
  @JsonSubTypes.Type(value = SegmentRule.KycRatingIn.class, name = "kycRating"),
  @JsonSubTypes.Type(value = SegmentRule.TierIn.class, name = "tier")
})
public sealed interface SegmentRule {

  /**
   * Whether the subject satisfies this condition.
   *
   * @param subject the facts about one customer
   * @return whether the condition holds
   */
  boolean matches(SegmentSubject subject);

  /**
   * All of the rules hold (and).
   *
   * @param rules the rules
   * @return the rule
   */
  static SegmentRule all(SegmentRule... rules) {
    return new All(Arrays.asList(rules));
  }

  /**
   * At least one of the rules holds (or).
   *
   * @param rules the rules
   * @return the rule
   */
  static SegmentRule any(SegmentRule... rules) {
    return new Any(Arrays.asList(rules));
  }

  /**
   * The rule does not hold.
   *
   * @param rule the rule
   * @return the rule
   */
  static SegmentRule not(SegmentRule rule) {
    return new Not(rule);
  }

  /**
   * Every rule holds; at least one rule is required.
   *
   * @param rules the rules
   */
  record All(List<SegmentRule> rules) implements SegmentRule {
    public All {
      rules = copy(rules);
    }

    @Override
    public boolean matches(SegmentSubject subject) {
      for (int i = 0, n = rules.size(); i < n; i++) {
        if (!rules.get(i).matches(subject)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * At least one rule holds; at least one rule is required.
   *
   * @param rules the rules
   */
  record Any(List<SegmentRule> rules) implements SegmentRule {
    public Any {
      rules = copy(rules);
    }

    @Override
    public boolean matches(SegmentSubject subject) {
      for (int i = 0, n = rules.size(); i < n; i++) {
        if (rules.get(i).matches(subject)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The rule does not hold.
   *
   * @param rule the negated rule
   */
  record Not(SegmentRule rule) implements SegmentRule {
    @Override
    public boolean matches(SegmentSubject subject) {
      return !rule.matches(subject);
    }
  }

  /**
   * The customer is of this kind.
   *
   * @param kind individual or corporate
   */
  record KindIs(CustomerKind kind) implements SegmentRule {
    @Override
    public boolean matches(SegmentSubject subject) {
      return subject.customer().kind() == kind;
    }
  }

  /**
   * A person's age in whole years on the evaluation date lies between {@code min} and {@code max},
   * both inclusive; either may be left out (open band), not both. Ages are 0 to {@value #MAX_AGE}.
   * False for a company.
   *
   * @param min the youngest age in the band, or {@code null}
   * @param max the oldest age in the band, or {@code null}
   */
  record AgeBand(@Nullable Integer min, @Nullable Integer max) implements SegmentRule {

    /** The oldest age a band may name. */
    public static final int MAX_AGE = 150;

    @Override
    public boolean matches(SegmentSubject subject) {
      if (!(subject.customer() instanceof IndividualCustomer person)) {
        return false;
      }
      int age = ageOn(person.profile().birthDate(), subject.evaluationDate());
      return (min == null || age >= min) && (max == null || age <= max);
    }

    /**
     * Whole years completed between a birth date and a day; someone born on 29 February turns a year
     * older on 1 March in common years.
     *
     * @param birthDate the birth date
     * @param on the day
     * @return the age in years; negative if {@code on} is before the birth date
     */
    public static int ageOn(LocalDate birthDate, LocalDate on) {
      int years = on.getYear() - birthDate.getYear();
      if (on.getMonthValue() < birthDate.getMonthValue()
          || (on.getMonthValue() == birthDate.getMonthValue()
              && on.getDayOfMonth() < birthDate.getDayOfMonth())) {
        years--;
      }
      return years;
    }
  }

  /**
   * The customer is located in a GB/T 2260 administrative division: the six-digit division code of an
   * address starts with {@code divisionPrefix} (2 digits: province, 4: prefecture, 6: county), e.g.
   * {@code 11} Beijing, {@code 1101} Beijing's districts, {@code 110105} Chaoyang. For a person the
   * addresses of the contact points are read; for a company, the region of its registration authority
   * in the Unified Social Credit Code, which counts as its {@code REGISTERED} address.
   *
   * @param divisionPrefix 2, 4 or 6 digits
   * @param addressType only addresses of this type, or {@code null} for any address
   */
  record Region(String divisionPrefix, @Nullable AddressType addressType) implements SegmentRule {
    @Override
    public boolean matches(SegmentSubject subject) {
      if (subject.customer() instanceof IndividualCustomer person) {
        List<PostalAddress> addresses = person.profile().contact().addresses();
        for (int i = 0, n = addresses.size(); i < n; i++) {
          PostalAddress address = addresses.get(i);
          if ((addressType == null || address.type() == addressType)
              && address.divisionCode() != null
              && address.divisionCode().startsWith(divisionPrefix)) {
            return true;
          }
        }
        return false;
      }
      CorporateCustomer company = (CorporateCustomer) subject.customer();
      return (addressType == null || addressType == AddressType.REGISTERED)
          && company.profile().creditCode().value().startsWith(divisionPrefix, 2);
    }
  }

  /**
   * A company's GB/T 4754 industry code starts with {@code codePrefix}: a section letter ({@code C}),
   * division ({@code C35}), group ({@code C351}) or class ({@code C3511}). False for a person.
   *
   * @param codePrefix the code prefix, upper case
   */
  record Industry(String codePrefix) implements SegmentRule {
    @Override
    public boolean matches(SegmentSubject subject) {
      return subject.customer() instanceof CorporateCustomer company
          && company.profile().industry().code().startsWith(codePrefix);
    }
  }

  /**
   * A person's highest education is one of {@code levels}. False for a company.
   *
   * @param levels the levels, at least one
   */
  record EducationIn(Set<Education> levels) implements SegmentRule {
    public EducationIn {
      levels = copy(levels);
    }

    @Override
    public boolean matches(SegmentSubject subject) {
      return subject.customer() instanceof IndividualCustomer person
          && levels.contains(person.profile().education());
    }
  }

  /**
   * The total balance of the given product types in one currency lies in the half-open band {@code
   * [min, max)}: at least {@code min} and below {@code max}, so that adjacent bands do not overlap.
   * Either bound may be left out, not both; bounds are at least zero and {@code min < max}. Balances in
   * other currencies are not converted and do not count; a customer without such balances has a total
   * of zero.
   *
   * @param productTypes the product types summed, at least one
   * @param currency the ISO 4217 currency code, such as {@code CNY}
   * @param min the lowest total in the band (inclusive), or {@code null}
   * @param max the total the band stops below (exclusive), or {@code null}
   */
  record BalanceBand(
      Set<ProductType> productTypes,
      String currency,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max)
      implements SegmentRule {
    public BalanceBand {
      productTypes = copy(productTypes);
    }

    @Override
    public boolean matches(SegmentSubject subject) {
      BigDecimal total = BigDecimal.ZERO;
      List<BalanceLine> lines = subject.balances().lines();
      for (int i = 0, n = lines.size(); i < n; i++) {
        BalanceLine line = lines.get(i);
        if (productTypes.contains(line.productType())
            && line.balance().currency().getCurrencyCode().equals(currency)) {
          total = total.add(line.balance().amount());
        }
      }
      return (min == null || total.compareTo(min) >= 0) && (max == null || total.compareTo(max) < 0);
    }
  }

  /**
   * The customer holds all, or any, of the product types: holds meaning has a balance line of that
   * type in the balance summary, in any currency.
   *
   * @param products the product types, at least one
   * @param match whether all or any of them must be held
   */
  record ProductsHeld(Set<ProductType> products, Match match) implements SegmentRule {
    public ProductsHeld {
      products = copy(products);
    }

    /** How many of the product types must be held. */
    public enum Match {
      /** Every one of them. */
      ALL,
      /** At least one of them. */
      ANY
    }

    @Override
    public boolean matches(SegmentSubject subject) {
      List<BalanceLine> lines = subject.balances().lines();
      int held = 0;
      for (ProductType product : products) {
        boolean found = false;
        for (int i = 0, n = lines.size(); i < n && !found; i++) {
          found = lines.get(i).productType() == product;
        }
        if (found && match == Match.ANY) {
          return true;
        }
        held += found ? 1 : 0;
      }
      return match == Match.ALL && held == products.size();
    }
  }

  /**
   * The customer's KYC risk rating is one of {@code ratings}.
   *
   * @param ratings the ratings, at least one
   */
  record KycRatingIn(Set<KycRiskRating> ratings) implements SegmentRule {
    public KycRatingIn {
      ratings = copy(ratings);
    }

    @Override
    public boolean matches(SegmentSubject subject) {
      return ratings.contains(subject.customer().kycRiskRating());
    }
  }

  /**
   * The customer's value tier, as supplied by scoring, is one of {@code tiers}. False for a subject
   * without a tier.
   *
   * @param tiers tier names such as {@code PLATINUM}, at least one; 1 to 40 letters, digits, {@code _}
   *     or {@code -}
   */
  record TierIn(Set<String> tiers) implements SegmentRule {
    public TierIn {
      tiers = copy(tiers);
    }

    @Override
    public boolean matches(SegmentSubject subject) {
      return subject.tier() != null && tiers.contains(subject.tier());
    }
  }

  /** An unmodifiable copy that keeps nulls, so that validation can report them. */
  private static <T> @Nullable List<T> copy(@Nullable List<T> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** An unmodifiable, ordered copy that keeps nulls, so that validation can report them. */
  private static <T> @Nullable Set<T> copy(@Nullable Collection<T> values) {
    return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }
}
