package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * A customer value scoring model as data: a versioned document with every rate, cost, weight, cut-off
 * and rule, so that a bank changes them without a release and reproduces yesterday's scores from
 * yesterday's document. The format is documented in {@code docs/SCORING.md}; the library ships an
 * example as the resource {@code default-model.json} ({@link ScoringModels#defaultModel()}).
 *
 * <p>Read a model with {@link ScoringModels#load(String)}, which refuses unknown properties and checks
 * everything ({@link #validate()}); score with a model that passed. The model's identity in every score
 * is its {@linkplain #fingerprint() fingerprint}.
 *
 * @param id the model's name, 1 to 60 letters, digits, {@code -}, {@code _} or {@code .}
 * @param version the model's version, from 1
 * @param reportingCurrency the ISO 4217 code every amount of a score is in; listed in {@code currencies}
 * @param currencies the currencies the model accepts, each with its rate into the reporting currency
 * @param rates the funds-transfer price and servicing cost of each product type and currency
 * @param channelCosts the cost of one use of each channel; a channel not listed costs nothing
 * @param rfm the RFM thresholds
 * @param lifetimeValue the lifetime value horizon, discount and retention rates
 * @param score the composite score's factors and weights
 * @param tiers the tiers by descending minimum score; the last one's minimum is 0
 * @param lossMakingTier the tier of a customer whose contribution is negative, whatever the score
 * @param vipRules the gold / VIP identification rules, possibly none
 */
public record ScoringModel(
    @Nullable String id,
    long version,
    @Nullable String reportingCurrency,
    @Nullable List<CurrencyRate> currencies,
    @Nullable List<ProductRate> rates,
    @Nullable List<ChannelCost> channelCosts,
    @Nullable RfmModel rfm,
    @Nullable LifetimeValueModel lifetimeValue,
    @Nullable CompositeScoreModel score,
    @Nullable List<TierCutOff> tiers,
    @Nullable String lossMakingTier,
    @Nullable List<VipRule> vipRules) {

  /**
   * Checks the whole document.
   *
   * @return this model, or every problem found, each with its path (such as {@code
   *     rates[2].fundsTransferPrice}) and a stable code
   */
  public Validation<Seq<FieldError>, ScoringModel> validate() {
    return new io.github.bankcrm.scoring.internal.ModelValidation(this).run();
  }

  /**
   * The SHA-256 fingerprint of the model's canonical JSON form (properties in declaration order, map
   * entries by key, numbers as written, no whitespace): the same document always has the same
   * fingerprint, however it was formatted, and one changed weight changes it.
   *
   * @return the fingerprint every score made with this model carries
   */
  public ModelFingerprint fingerprint() {
    return ModelFingerprint.of(ScoringModels.canonicalBytes(this));
  }
}
