package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.github.bankcrm.scoring.model.ChannelCost;
import io.github.bankcrm.scoring.model.CompositeScoreModel;
import io.github.bankcrm.scoring.model.CurrencyRate;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.model.FactorWeight;
import io.github.bankcrm.scoring.model.LifetimeValueModel;
import io.github.bankcrm.scoring.model.ProductRate;
import io.github.bankcrm.scoring.model.RfmModel;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.TierCutOff;
import io.github.bankcrm.scoring.model.VipCondition;
import io.github.bankcrm.scoring.model.VipRule;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a scoring model document and collects every problem with its path. */
public final class ModelValidation {

  private static final Pattern MODEL_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,59}");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final int MAX_SCORE = 1_000_000;
  private static final int MAX_HORIZON = 50;

  private final ScoringModel model;
  private final FieldErrors errors = new FieldErrors();
  private final Set<String> currencyCodes = new HashSet<>();

  /**
   * A validation of one model.
   *
   * @param model the model to check
   */
  public ModelValidation(ScoringModel model) {
    this.model = model;
  }

  /**
   * Runs every check.
   *
   * @return the model, or every problem found
   */
  public Validation<Seq<FieldError>, ScoringModel> run() {
    if (model.id() == null) {
      errors.add(FieldError.required("id"));
    } else if (!MODEL_ID.matcher(model.id()).matches()) {
      errors.add(FieldError.invalidFormat("id", "1-60 letters, digits, '.', '_' or '-'"));
    }
    if (model.version() < 1) {
      errors.add(FieldError.outOfRange("version", "at least 1"));
    }
    currencies(model.currencies());
    if (model.reportingCurrency() == null) {
      errors.add(FieldError.required("reportingCurrency"));
    } else if (!currencyCodes.contains(model.reportingCurrency())) {
      errors.add(notListed("reportingCurrency"));
    }
    rates(model.rates());
    channelCosts(model.channelCosts());
    rfm(model.rfm());
    lifetimeValue(model.lifetimeValue());
    Integer maxScore = score(model.score());
    tiers(model.tiers(), maxScore);
    vipRules(model.vipRules());
    return errors.orElse(() -> model);
  }

  private void currencies(@Nullable List<CurrencyRate> currencies) {
    if (nonEmpty("currencies", currencies)) {
      for (int i = 0; i < currencies.size(); i++) {
        String path = "currencies[" + i + "]";
        CurrencyRate rate = currencies.get(i);
        if (rate == null) {
          errors.add(FieldError.required(path));
          continue;
        }
        if (isoCurrency(path + ".code", rate.code()) && !currencyCodes.add(rate.code())) {
          errors.add(duplicate(path + ".code", "currency"));
        }
        positive(path + ".toReporting", rate.toReporting());
      }
    }
  }

  private void rates(@Nullable List<ProductRate> rates) {
    if (!nonEmpty("rates", rates)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rates.size(); i++) {
      String path = "rates[" + i + "]";
      ProductRate rate = rates.get(i);
      if (rate == null) {
        errors.add(FieldError.required(path));
        continue;
      }
      required(path + ".product", rate.product());
      boolean listed = listedCurrency(path + ".currency", rate.currency());
      if (rate.product() != null && listed && !seen.add(rate.product() + "/" + rate.currency())) {
        errors.add(duplicate(path, "product type and currency"));
      }
      fraction(path + ".fundsTransferPrice", rate.fundsTransferPrice());
      notNegative(path + ".servicingCostPerYear", rate.servicingCostPerYear());
    }
  }

  private void channelCosts(@Nullable List<ChannelCost> costs) {
    if (costs == null) {
      errors.add(FieldError.required("channelCosts"));
      return;
    }
    Set<Channel> seen = EnumSet.noneOf(Channel.class);
    for (int i = 0; i < costs.size(); i++) {
      String path = "channelCosts[" + i + "]";
      ChannelCost cost = costs.get(i);
      if (cost == null) {
        errors.add(FieldError.required(path));
        continue;
      }
      if (required(path + ".channel", cost.channel()) && !seen.add(cost.channel())) {
        errors.add(duplicate(path + ".channel", "channel"));
      }
      notNegative(path + ".costPerUse", cost.costPerUse());
    }
  }

  private void rfm(@Nullable RfmModel rfm) {
    if (!required("rfm", rfm)) {
      return;
    }
    thresholds("rfm.recencyDays", rfm.recencyDays(), true);
    thresholds("rfm.frequency", rfm.frequency(), false);
    thresholds("rfm.monetary", rfm.monetary(), false);
  }

  private <N extends Number & Comparable<N>> void thresholds(
      String path, @Nullable List<N> values, boolean ascending) {
    if (!required(path, values)) {
      return;
    }
    if (values.size() != RfmModel.THRESHOLDS) {
      errors.add(
          new FieldError(
              "rfm.threshold_count", path, "must list exactly " + RfmModel.THRESHOLDS + " thresholds"));
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      N value = values.get(i);
      String at = path + "[" + i + "]";
      if (!required(at, value)) {
        continue;
      }
      if (new BigDecimal(value.toString()).signum() < 0) {
        errors.add(FieldError.outOfRange(at, "not negative"));
      }
      N previous = i == 0 ? null : values.get(i - 1);
      if (previous != null) {
        int order = value.compareTo(previous);
        if (ascending ? order <= 0 : order >= 0) {
          errors.add(
              new FieldError(
                  ascending ? "order.not_ascending" : "order.not_descending",
                  at,
                  ascending ? "must be above the previous threshold" : "must be below the previous threshold"));
        }
      }
    }
  }

  private void lifetimeValue(@Nullable LifetimeValueModel clv) {
    if (!required("lifetimeValue", clv)) {
      return;
    }
    if (required("lifetimeValue.horizonYears", clv.horizonYears())
        && (clv.horizonYears() < 1 || clv.horizonYears() > MAX_HORIZON)) {
      errors.add(FieldError.outOfRange("lifetimeValue.horizonYears", "1 to " + MAX_HORIZON));
    }
    fraction("lifetimeValue.discountRate", clv.discountRate());
    if (!required("lifetimeValue.retention", clv.retention())) {
      return;
    }
    for (LifecycleStage stage : LifecycleStage.values()) {
      String path = "lifetimeValue.retention." + stage;
      if (!clv.retention().containsKey(stage)) {
        errors.add(FieldError.required(path));
      } else {
        fraction(path, clv.retention().get(stage));
      }
    }
  }

  private @Nullable Integer score(@Nullable CompositeScoreModel score) {
    if (!required("score", score)) {
      return null;
    }
    Integer maxScore = score.maxScore();
    if (required("score.maxScore", maxScore) && (maxScore < 1 || maxScore > MAX_SCORE)) {
      errors.add(FieldError.outOfRange("score.maxScore", "1 to " + MAX_SCORE));
      maxScore = null;
    }
    if (!nonEmpty("score.factors", score.factors())) {
      return maxScore;
    }
    Set<Factor> seen = EnumSet.noneOf(Factor.class);
    BigDecimal sum = BigDecimal.ZERO;
    boolean weightsKnown = true;
    for (int i = 0; i < score.factors().size(); i++) {
      String path = "score.factors[" + i + "]";
      FactorWeight weight = score.factors().get(i);
      if (weight == null) {
        errors.add(FieldError.required(path));
        weightsKnown = false;
        continue;
      }
      if (required(path + ".factor", weight.factor()) && !seen.add(weight.factor())) {
        errors.add(duplicate(path + ".factor", "factor"));
      }
      if (fraction(path + ".weight", weight.weight())) {
        sum = sum.add(weight.weight());
      } else {
        weightsKnown = false;
      }
      if (weight.factor() != null && weight.factor().isAmount()) {
        positive(path + ".fullAt", weight.fullAt());
      } else if (weight.factor() != null && weight.fullAt() != null) {
        errors.add(
            new FieldError("score.full_at_not_allowed", path + ".fullAt", "applies to amount factors only"));
      }
    }
    if (weightsKnown && sum.compareTo(BigDecimal.ONE) != 0) {
      errors.add(new FieldError("score.weights_sum", "score.factors", "weights must add up to exactly 1"));
    }
    return maxScore;
  }

  private void tiers(@Nullable List<TierCutOff> tiers, @Nullable Integer maxScore) {
    Set<String> names = new HashSet<>();
    if (code("lossMakingTier", model.lossMakingTier())) {
      names.add(model.lossMakingTier());
    }
    if (!nonEmpty("tiers", tiers)) {
      return;
    }
    Integer previous = null;
    for (int i = 0; i < tiers.size(); i++) {
      String path = "tiers[" + i + "]";
      TierCutOff tier = tiers.get(i);
      if (tier == null) {
        errors.add(FieldError.required(path));
        continue;
      }
      if (code(path + ".name", tier.name()) && !names.add(tier.name())) {
        errors.add(duplicate(path + ".name", "tier name"));
      }
      Integer min = tier.minScore();
      if (!required(path + ".minScore", min)) {
        continue;
      }
      if (min < 0 || (maxScore != null && min > maxScore)) {
        errors.add(FieldError.outOfRange(path + ".minScore", "0 to the maximum score"));
      }
      if (previous != null && min >= previous) {
        errors.add(
            new FieldError("order.not_descending", path + ".minScore", "must be below the previous tier's"));
      }
      if (i == tiers.size() - 1 && min != 0) {
        errors.add(new FieldError("tiers.last_not_zero", path + ".minScore", "the last tier must start at 0"));
      }
      previous = min;
    }
  }

  private void vipRules(@Nullable List<VipRule> rules) {
    if (!required("vipRules", rules)) {
      return;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String path = "vipRules[" + i + "]";
      VipRule rule = rules.get(i);
      if (rule == null) {
        errors.add(FieldError.required(path));
        continue;
      }
      if (code(path + ".code", rule.code()) && !codes.add(rule.code())) {
        errors.add(duplicate(path + ".code", "rule code"));
      }
      errors.check(path + ".description", TextInput.required(rule.description(), 200));
      if (required(path + ".when", rule.when())) {
        condition(path + ".when", rule.when());
      }
    }
  }

  private void condition(String path, VipCondition when) {
    if (when.individualBusinessOwner() == null
        && when.minAnnualTurnover() == null
        && when.minAge() == null
        && when.maxAge() == null
        && when.incomeTrend() == null
        && when.minEducation() == null
        && when.minScore() == null
        && when.minAnnualContribution() == null
        && when.stages() == null) {
      errors.add(new FieldError("vip.empty_condition", path, "must state at least one condition"));
    }
    if (when.minAnnualTurnover() != null) {
      notNegative(path + ".minAnnualTurnover", when.minAnnualTurnover());
    }
    if (when.minAge() != null && (when.minAge() < 0 || when.minAge() > 150)) {
      errors.add(FieldError.outOfRange(path + ".minAge", "0 to 150"));
    }
    if (when.maxAge() != null && (when.maxAge() < 0 || when.maxAge() > 150)) {
      errors.add(FieldError.outOfRange(path + ".maxAge", "0 to 150"));
    }
    if (when.minAge() != null && when.maxAge() != null && when.minAge() > when.maxAge()) {
      errors.add(FieldError.outOfRange(path + ".maxAge", "at least minAge"));
    }
    if (when.minScore() != null && when.minScore() < 0) {
      errors.add(FieldError.outOfRange(path + ".minScore", "not negative"));
    }
    if (when.stages() != null && when.stages().isEmpty()) {
      errors.add(new FieldError("empty", path + ".stages", "must list at least one stage"));
    }
  }

  private boolean isoCurrency(String path, @Nullable String code) {
    if (!required(path, code)) {
      return false;
    }
    boolean known =
        code.length() == 3
            && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    if (!known) {
      errors.add(new FieldError("currency.unknown", path, "must be an ISO 4217 currency code"));
    }
    return known;
  }

  private boolean listedCurrency(String path, @Nullable String code) {
    if (!required(path, code)) {
      return false;
    }
    if (!currencyCodes.contains(code)) {
      errors.add(notListed(path));
      return false;
    }
    return true;
  }

  private boolean code(String path, @Nullable String code) {
    if (!required(path, code)) {
      return false;
    }
    if (!CODE.matcher(code).matches()) {
      errors.add(FieldError.invalidFormat(path, "1-40 upper-case letters, digits or '_'"));
      return false;
    }
    return true;
  }

  private boolean fraction(String path, @Nullable BigDecimal value) {
    if (!required(path, value)) {
      return false;
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      errors.add(FieldError.outOfRange(path, "0 to 1"));
      return false;
    }
    return true;
  }

  private void positive(String path, @Nullable BigDecimal value) {
    if (required(path, value) && value.signum() <= 0) {
      errors.add(FieldError.outOfRange(path, "positive"));
    }
  }

  private void notNegative(String path, @Nullable BigDecimal value) {
    if (required(path, value) && value.signum() < 0) {
      errors.add(FieldError.outOfRange(path, "not negative"));
    }
  }

  private boolean nonEmpty(String path, @Nullable List<?> values) {
    if (!required(path, values)) {
      return false;
    }
    if (values.isEmpty()) {
      errors.add(new FieldError("empty", path, "must list at least one entry"));
      return false;
    }
    return true;
  }

  private boolean required(String path, @Nullable Object value) {
    if (value == null) {
      errors.add(FieldError.required(path));
      return false;
    }
    return true;
  }

  private static FieldError duplicate(String path, String what) {
    return new FieldError("duplicate", path, "repeats a " + what + " listed before");
  }

  private static FieldError notListed(String path) {
    return new FieldError("currency.not_listed", path, "must be one of the model's currencies");
  }
}
