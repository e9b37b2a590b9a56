package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules that derive lifecycle moves from behaviour, as data [生命周期规则]: a bank changes them by
 * saving a new version, without a release, and every move records the version that made it.
 *
 * <pre>{@code
 * {"id": "retail", "version": 3, "trendWindowDays": 90, "rules": [
 *   {"reasonCode": "inactive_365d", "from": ["DORMANT"], "to": "CHURNED",
 *    "daysSinceLastActivity": {"min": 365, "max": null}},
 *   {"reasonCode": "inactive_180d", "to": "DORMANT", "daysSinceLastActivity": {"min": 180, "max": null}},
 *   {"reasonCode": "balance_falling", "from": ["GROWING", "MATURE"], "to": "DECLINING",
 *    "balanceTrendPercent": {"min": null, "max": -30}},
 *   {"reasonCode": "loyal", "from": ["GROWING"], "to": "MATURE",
 *    "productsHeld": {"min": 3, "max": null}, "tenureDays": {"min": 730, "max": null}}]}
 * }</pre>
 *
 * <p><b>Order.</b> Rules are tried in the order written and the <em>first</em> rule that applies to the
 * customer's stage and whose conditions all hold decides. If it leads to the stage the customer is in,
 * the customer stays (a "stay" rule shields a stage from the rules below it); otherwise it proposes a
 * move. No rule matching means no move. Prospects, closed and rejected customers are never moved.
 *
 * <p><b>Loading.</b> Jackson refuses unknown properties. {@link #validate()} reports every other problem
 * with its path, such as {@code rules[2].daysSinceLastActivity.min}: missing values, malformed or
 * duplicate reason codes, a target a policy may not move to, a {@code from} stage that is not active,
 * a rule with no condition, empty bands, {@code min > max}, negative day and product counts, a trend
 * below {@code -100}. Evaluate only a policy that passed.
 *
 * @param id the policy's ID, 1 to 40 letters, digits, {@code _} or {@code -}
 * @param version the version, from 1
 * @param trendWindowDays the window of the balance trend, 1 to 3650 days
 * @param rules the rules, in the order they are tried; 1 to {@value #MAX_RULES}
 */
public record LifecyclePolicy(
    @Nullable String id, long version, int trendWindowDays, @Nullable List<LifecycleRule> rules) {

  /** The most rules a policy may hold. */
  public static final int MAX_RULES = 100;

  /**
   * Checks the whole policy.
   *
   * @return this policy, or every problem found, each with its path
   */
  public Validation<Seq<FieldError>, LifecyclePolicy> validate() {
    FieldErrors errors = new FieldErrors();
    PolicyVersion.check(id, version, errors);
    if (trendWindowDays < 1 || trendWindowDays > 3650) {
      errors.add(FieldError.outOfRange("trendWindowDays", "from 1 to 3650"));
    }
    if (rules == null) {
      errors.add(FieldError.required("rules"));
    } else if (rules.isEmpty() || rules.size() > MAX_RULES) {
      errors.add(FieldError.outOfRange("rules", "1 to " + MAX_RULES + " rules"));
    } else {
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < rules.size(); i++) {
        checkRule("rules[" + i + "]", rules.get(i), codes, errors);
      }
    }
    return errors.orElse(() -> this);
  }

  /**
   * The move the policy derives for one customer. The policy must be valid.
   *
   * @param facts the customer's stage and behaviour
   * @return the move with the rule's reason code and the facts that met it, or empty if no rule matches
   *     or the first match keeps the customer where it is
   */
  public Optional<ProposedMove> evaluate(LifecycleFacts facts) {
    requireNonNull(facts, "facts");
    LifecycleStage stage = facts.stage();
    if (!stage.isActiveRelationship()) {
      return Optional.empty();
    }
    for (LifecycleRule rule : rules) {
      if (!rule.appliesTo(stage)) {
        continue;
      }
      Optional<List<String>> reasons = rule.match(facts, trendWindowDays);
      if (reasons.isPresent()) {
        return rule.to() == stage
            ? Optional.empty()
            : Optional.of(
                new ProposedMove(
                    facts.customerId(), stage, rule.to(), policyVersion(), rule.reasonCode(), reasons.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The moves the policy derives for many customers, lazily, in the order of the facts: a nightly batch
   * streams every customer through it and applies what comes out.
   *
   * @param facts one entry per customer
   * @return the moves
   */
  public Stream<ProposedMove> evaluateAll(Stream<LifecycleFacts> facts) {
    return facts.map(this::evaluate).flatMap(Optional::stream);
  }

  /**
   * The ID and version moves record.
   *
   * @return the policy version
   */
  public PolicyVersion policyVersion() {
    return new PolicyVersion(id, version);
  }

  private static void checkRule(String path, @Nullable LifecycleRule rule, Set<String> codes, FieldErrors errors) {
    if (rule == null) {
      errors.add(FieldError.required(path));
      return;
    }
    if (rule.reasonCode() == null) {
      errors.add(FieldError.required(path + ".reasonCode"));
    } else if (!LifecycleTransition.REASON_CODE.matcher(rule.reasonCode()).matches()) {
      errors.add(FieldError.invalidFormat(path + ".reasonCode", "1-64 of a-z, 0-9, _ . -"));
    } else if (!codes.add(rule.reasonCode())) {
      errors.add(new FieldError("duplicate", path + ".reasonCode", "must be unique in the policy"));
    }
    if (rule.to() == null) {
      errors.add(FieldError.required(path + ".to"));
    } else if (!LifecycleTransitions.policyTargets().contains(rule.to())) {
      errors.add(
          new FieldError("not_a_policy_target", path + ".to",
              "must be GROWING, MATURE, DECLINING, DORMANT or CHURNED"));
    }
    if (rule.from() != null) {
      if (rule.from().isEmpty()) {
        errors.add(new FieldError("empty", path + ".from", "must name a stage, or be left out for all"));
      } else if (rule.from().stream().anyMatch(stage -> stage == null || !stage.isActiveRelationship())) {
        errors.add(new FieldError("not_active", path + ".from", "must name active stages only"));
      }
    }
    if (rule.daysSinceLastActivity() == null && rule.balanceTrendPercent() == null
        && rule.productsHeld() == null && rule.tenureDays() == null) {
      errors.add(new FieldError("no_condition", path, "needs at least one condition"));
    }
    band(path + ".daysSinceLastActivity", rule.daysSinceLastActivity(), BigDecimal.ZERO, errors);
    band(path + ".balanceTrendPercent", rule.balanceTrendPercent(), BigDecimal.valueOf(-100), errors);
    band(path + ".productsHeld", rule.productsHeld(), BigDecimal.ZERO, errors);
    band(path + ".tenureDays", rule.tenureDays(), BigDecimal.ZERO, errors);
  }

  /**
   * Checks a band: at least one end, both at least {@code floor}, {@code min <= max}.
   *
   * @param path the band's path
   * @param band the band, or {@code null} when not set
   * @param floor the smallest value either end may have
   * @param errors where problems go
   */
  static void band(String path, @Nullable Band band, BigDecimal floor, FieldErrors errors) {
    if (band == null) {
      return;
    }
    if (band.min() == null && band.max() == null) {
      errors.add(new FieldError("empty", path, "needs a min, a max or both"));
      return;
    }
    boolean minOk = end(path + ".min", band.min(), floor, errors);
    boolean maxOk = end(path + ".max", band.max(), floor, errors);
    if (minOk && maxOk && band.min() != null && band.max() != null && band.min().compareTo(band.max()) > 0) {
      errors.add(FieldError.outOfRange(path + ".min", "at most max"));
    }
  }

  private static boolean end(String path, @Nullable BigDecimal value, BigDecimal floor, FieldErrors errors) {
    if (value != null && value.compareTo(floor) < 0) {
      errors.add(FieldError.outOfRange(path, "at least " + floor.toPlainString()));
      return false;
    }
    return true;
  }
}
