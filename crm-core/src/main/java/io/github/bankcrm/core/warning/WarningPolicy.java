package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How early warnings are scored, as data [预警规则]: per {@link WarningFactor} a threshold, points and a
 * window; the weight of each complaint severity; and the points each {@link WarningLevel} starts at. A
 * bank changes it by saving a new version; warnings record the version that assessed them.
 *
 * <pre>{@code
 * {"id": "retail-warning", "version": 1,
 *  "factors": {
 *    "BALANCE_OUTFLOW":      {"threshold": 30,  "points": 30, "windowDays": 30},
 *    "FALLING_ACTIVITY":     {"threshold": 50,  "points": 15, "windowDays": 30},
 *    "APPROACHING_DORMANCY": {"threshold": 150, "points": 15, "windowDays": null},
 *    "COMPLAINTS":           {"threshold": 4,   "points": 25, "windowDays": 90},
 *    "LOAN_OVERDUE":         {"threshold": 30,  "points": 30, "windowDays": null},
 *    "PRODUCTS_CLOSED":      {"threshold": 1,   "points": 20, "windowDays": 90},
 *    "MANAGER_LEAVING":      {"threshold": 1,   "points": 10, "windowDays": 30}},
 *  "complaintWeights": {"MINOR": 1, "MODERATE": 2, "SERIOUS": 4, "CRITICAL": 8},
 *  "levels": {"LOW": 15, "MEDIUM": 30, "HIGH": 50, "CRITICAL": 75}}
 * }</pre>
 *
 * <p><b>Scoring.</b> Each factor the policy names is measured (see {@link WarningFactor}); one whose
 * value reaches its threshold adds its points. The sum picks the highest level whose start it reaches;
 * below the LOW start there is no warning. A factor the policy does not name is not measured, and a
 * factor whose value is unknown (no balance at the window's start, no activity ever) does not count.
 *
 * <p><b>Loading.</b> Jackson refuses unknown properties and unknown factor, severity or level names.
 * {@link #validate()} reports every other problem with its path, such as {@code
 * factors.COMPLAINTS.windowDays}.
 *
 * @param id the policy's ID, 1 to 40 letters, digits, {@code _} or {@code -}
 * @param version the version, from 1
 * @param factors the rule of each factor assessed; at least one
 * @param complaintWeights the weight of each complaint severity, zero or more; every severity, when
 *     COMPLAINTS is assessed
 * @param levels the points each level starts at; every level, strictly rising from LOW to CRITICAL
 */
public record WarningPolicy(
    @Nullable String id,
    long version,
    @Nullable Map<WarningFactor, FactorRule> factors,
    @Nullable Map<ComplaintSeverity, Integer> complaintWeights,
    @Nullable Map<WarningLevel, Integer> levels) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the whole policy.
   *
   * @return this policy, or every problem found, each with its path
   */
  public Validation<Seq<FieldError>, WarningPolicy> validate() {
    FieldErrors errors = new FieldErrors();
    PolicyVersion.check(id, version, errors);
    if (factors == null || factors.isEmpty()) {
      errors.add(FieldError.required("factors"));
    } else {
      for (WarningFactor factor : WarningFactor.values()) {
        if (factors.containsKey(factor)) {
          checkRule("factors." + factor, factor, factors.get(factor), errors);
        }
      }
    }
    if (factors != null && factors.containsKey(WarningFactor.COMPLAINTS)) {
      for (ComplaintSeverity severity : ComplaintSeverity.values()) {
        Integer weight = complaintWeights == null ? null : complaintWeights.get(severity);
        if (weight == null) {
          errors.add(FieldError.required("complaintWeights." + severity));
        } else if (weight < 0) {
          errors.add(FieldError.outOfRange("complaintWeights." + severity, "zero or more"));
        }
      }
    }
    Integer previous = null;
    for (WarningLevel level : WarningLevel.values()) {
      Integer start = levels == null ? null : levels.get(level);
      if (start == null) {
        errors.add(FieldError.required("levels." + level));
      } else if (start < 1 || (previous != null && start <= previous)) {
        errors.add(FieldError.outOfRange("levels." + level, "at least 1 and above the level below"));
      }
      previous = start == null ? previous : start;
    }
    return errors.orElse(() -> this);
  }

  private static void checkRule(String path, WarningFactor factor, @Nullable FactorRule rule, FieldErrors errors) {
    if (rule == null) {
      errors.add(FieldError.required(path));
      return;
    }
    if (rule.threshold() == null) {
      errors.add(FieldError.required(path + ".threshold"));
    } else if (rule.threshold().signum() <= 0) {
      errors.add(FieldError.outOfRange(path + ".threshold", "above zero"));
    }
    if (rule.points() < 1 || rule.points() > 1000) {
      errors.add(FieldError.outOfRange(path + ".points", "from 1 to 1000"));
    }
    if (factor.hasWindow() && rule.windowDays() == null) {
      errors.add(FieldError.required(path + ".windowDays"));
    } else if (factor.hasWindow() && (rule.windowDays() < 1 || rule.windowDays() > 3650)) {
      errors.add(FieldError.outOfRange(path + ".windowDays", "from 1 to 3650"));
    } else if (!factor.hasWindow() && rule.windowDays() != null) {
      errors.add(new FieldError("not_used", path + ".windowDays", "this factor is read on the day itself"));
    }
  }

  /**
   * Scores one customer. The policy must be valid.
   *
   * @param facts what is known about the customer
   * @return the assessment if the points reach a level; empty otherwise
   */
  public Optional<WarningAssessment> assess(WarningFacts facts) {
    requireNonNull(facts, "facts");
    List<FactorReading> readings = new ArrayList<>();
    for (WarningFactor factor : WarningFactor.values()) {
      FactorRule rule = factors.get(factor);
      if (rule == null) {
        continue;
      }
      measure(factor, rule, facts)
          .filter(value -> value.compareTo(rule.threshold()) >= 0)
          .ifPresent(value -> readings.add(new FactorReading(factor, value, rule.threshold(), rule.points())));
    }
    int points = readings.stream().mapToInt(FactorReading::points).sum();
    return levelOf(points)
        .map(level -> new WarningAssessment(facts.customerId(), facts.asOf(), policyVersion(), readings, points, level));
  }

  /**
   * The level a score reaches.
   *
   * @param points the score
   * @return the highest level whose start the points reach, or empty below LOW
   */
  public Optional<WarningLevel> levelOf(int points) {
    WarningLevel reached = null;
    for (WarningLevel level : WarningLevel.values()) {
      if (points >= levels.get(level)) {
        reached = level;
      }
    }
    return Optional.ofNullable(reached);
  }

  /**
   * The ID and version assessments record.
   *
   * @return the policy version
   */
  public PolicyVersion policyVersion() {
    return new PolicyVersion(id, version);
  }

  private Optional<BigDecimal> measure(WarningFactor factor, FactorRule rule, WarningFacts facts) {
    LocalDate asOf = facts.asOf();
    Integer window = rule.windowDays();
    return switch (factor) {
      case BALANCE_OUTFLOW -> facts.behaviour().balanceChangePercent(window).map(change -> change.negate().max(BigDecimal.ZERO));
      case FALLING_ACTIVITY -> activityFall(facts.activeDays(), asOf, window);
      case APPROACHING_DORMANCY -> facts.behaviour().daysSinceLastActivity().map(BigDecimal::valueOf);
      case COMPLAINTS -> Optional.of(BigDecimal.valueOf(facts.complaints().stream()
          .filter(complaint -> within(complaint.day(), asOf, window))
          .mapToLong(complaint -> complaintWeights.get(complaint.severity()))
          .sum()));
      case LOAN_OVERDUE -> Optional.of(BigDecimal.valueOf(facts.maxOverdueDays()));
      case PRODUCTS_CLOSED -> Optional.of(BigDecimal.valueOf(facts.accountClosings().stream()
          .filter(day -> within(day, asOf, window)).count()));
      case MANAGER_LEAVING -> Optional.of(facts.managerLeaving()
          || facts.managerChanges().stream().anyMatch(day -> within(day, asOf, window)) ? BigDecimal.ONE : BigDecimal.ZERO);
    };
  }

  /** Whether a day lies in the {@code window} days ending with {@code asOf}. */
  private static boolean within(LocalDate day, LocalDate asOf, int window) {
    return !day.isAfter(asOf) && day.isAfter(asOf.minusDays(window));
  }

  /** Percent fewer active days in the last window than in the one before; unknown if none before. */
  private static Optional<BigDecimal> activityFall(List<LocalDate> days, LocalDate asOf, int window) {
    long recent = days.stream().filter(day -> within(day, asOf, window)).count();
    long before = days.stream().filter(day -> within(day, asOf.minusDays(window), window)).count();
    if (before == 0) {
      return Optional.empty();
    }
    BigDecimal fall = BigDecimal.valueOf(before - recent).multiply(HUNDRED).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_EVEN);
    return Optional.of(fall.max(BigDecimal.ZERO));
  }
}
