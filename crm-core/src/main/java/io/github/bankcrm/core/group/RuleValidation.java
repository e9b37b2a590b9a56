package io.github.bankcrm.core.group;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Walks a rule tree and records every problem under its path, such as {@code rule.all[2].ageBand.min}:
 * each node adds its JSON type name, each list element its index.
 */
final class RuleValidation {

  private static final Pattern DIVISION_PREFIX = Pattern.compile("[1-8][0-9]([0-9]{2}){0,2}");
  private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T]([0-9]{2}([0-9]{1,2})?)?");
  private static final Pattern TIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  private final FieldErrors errors;

  RuleValidation(FieldErrors errors) {
    this.errors = errors;
  }

  void check(String path, @Nullable SegmentRule rule, int depth) {
    if (rule == null) {
      errors.add(FieldError.required(path));
      return;
    }
    if (depth > SegmentDefinition.MAX_DEPTH) {
      errors.add(
          new FieldError(
              "too_deep",
              path,
              "rules may nest at most " + SegmentDefinition.MAX_DEPTH + " levels deep"));
      return;
    }
    if (rule instanceof SegmentRule.All all) {
      children(path + ".all", all.rules(), depth);
    } else if (rule instanceof SegmentRule.Any any) {
      children(path + ".any", any.rules(), depth);
    } else if (rule instanceof SegmentRule.Not not) {
      check(path + ".not", not.rule(), depth + 1);
    } else if (rule instanceof SegmentRule.KindIs kind) {
      required(path + ".customerKind.kind", kind.kind());
    } else if (rule instanceof SegmentRule.AgeBand band) {
      ageBand(path + ".ageBand", band);
    } else if (rule instanceof SegmentRule.Region region) {
      pattern(path + ".region.divisionPrefix", region.divisionPrefix(), DIVISION_PREFIX,
          "2, 4 or 6 digits of a GB/T 2260 division code, such as 11, 1101 or 110105");
    } else if (rule instanceof SegmentRule.Industry industry) {
      pattern(path + ".industry.codePrefix", industry.codePrefix(), INDUSTRY_PREFIX,
          "a GB/T 4754 code or prefix in upper case, such as C, C35, C351 or C3511");
    } else if (rule instanceof SegmentRule.EducationIn education) {
      nonEmpty(path + ".education.levels", education.levels());
    } else if (rule instanceof SegmentRule.BalanceBand band) {
      balanceBand(path + ".balanceBand", band);
    } else if (rule instanceof SegmentRule.ProductsHeld held) {
      nonEmpty(path + ".productsHeld.products", held.products());
      required(path + ".productsHeld.match", held.match());
    } else if (rule instanceof SegmentRule.KycRatingIn ratings) {
      nonEmpty(path + ".kycRating.ratings", ratings.ratings());
    } else if (rule instanceof SegmentRule.TierIn tiers) {
      tiers(path + ".tier.tiers", tiers.tiers());
    } else {
      throw new IllegalStateException("unknown rule type " + rule.getClass().getSimpleName());
    }
  }

  private void children(String path, @Nullable List<SegmentRule> rules, int depth) {
    if (rules == null) {
      errors.add(FieldError.required(path));
    } else if (rules.isEmpty()) {
      errors.add(new FieldError("empty", path, "must hold at least one rule"));
    } else {
      for (int i = 0; i < rules.size(); i++) {
        check(path + "[" + i + "]", rules.get(i), depth + 1);
      }
    }
  }

  private void ageBand(String path, SegmentRule.AgeBand band) {
    Integer min = band.min();
    Integer max = band.max();
    if (min == null && max == null) {
      errors.add(new FieldError("empty", path, "needs a min, a max or both"));
    }
    boolean minOk = age(path + ".min", min);
    boolean maxOk = age(path + ".max", max);
    if (minOk && maxOk && min != null && max != null && min > max) {
      errors.add(FieldError.outOfRange(path + ".min", "at most max"));
    }
  }

  private boolean age(String path, @Nullable Integer age) {
    if (age != null && (age < 0 || age > SegmentRule.AgeBand.MAX_AGE)) {
      errors.add(FieldError.outOfRange(path, "an age from 0 to " + SegmentRule.AgeBand.MAX_AGE));
      return false;
    }
    return true;
  }

  private void balanceBand(String path, SegmentRule.BalanceBand band) {
    nonEmpty(path + ".productTypes", band.productTypes());
    if (band.currency() == null || band.currency().isBlank()) {
      errors.add(FieldError.required(path + ".currency"));
    } else if (!band.currency().equals(band.currency().strip().toUpperCase(java.util.Locale.ROOT))
        || Money.parseCurrency(band.currency()).isInvalid()) {
      errors.add(
          new FieldError("currency.unknown", path + ".currency", "must be an ISO 4217 currency code in upper case"));
    }
    BigDecimal min = band.min();
    BigDecimal max = band.max();
    if (min == null && max == null) {
      errors.add(new FieldError("empty", path, "needs a min, a max or both"));
    }
    boolean minOk = amount(path + ".min", min);
    boolean maxOk = amount(path + ".max", max);
    if (minOk && maxOk && min != null && max != null && min.compareTo(max) >= 0) {
      errors.add(FieldError.outOfRange(path + ".min", "below max (the band is [min, max))"));
    }
  }

  private boolean amount(String path, @Nullable BigDecimal amount) {
    if (amount != null && amount.signum() < 0) {
      errors.add(FieldError.outOfRange(path, "zero or more: balances are never negative"));
      return false;
    }
    return true;
  }

  private void tiers(String path, @Nullable Collection<String> tiers) {
    if (nonEmpty(path, tiers)) {
      for (String tier : tiers) {
        if (tier != null && !TIER.matcher(tier).matches()) {
          errors.add(FieldError.invalidFormat(path, "tier names of 1-40 letters, digits, _ or -"));
          return;
        }
      }
    }
  }

  private boolean nonEmpty(String path, @Nullable Collection<?> values) {
    if (values == null) {
      errors.add(FieldError.required(path));
      return false;
    }
    if (values.isEmpty()) {
      errors.add(new FieldError("empty", path, "must name at least one value"));
      return false;
    }
    if (values.contains(null)) {
      errors.add(new FieldError("null_element", path, "must not contain null"));
      return false;
    }
    return true;
  }

  private void required(String path, @Nullable Object value) {
    if (value == null) {
      errors.add(FieldError.required(path));
    }
  }

  private void pattern(String path, @Nullable String value, Pattern form, String expected) {
    if (value == null) {
      errors.add(FieldError.required(path));
    } else if (!form.matcher(value).matches()) {
      errors.add(FieldError.invalidFormat(path, expected));
    }
  }
}
