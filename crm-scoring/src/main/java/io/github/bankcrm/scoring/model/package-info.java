/**
 * Scoring models as data: the {@link io.github.bankcrm.scoring.model.ScoringModel} document (rates,
 * costs, RFM thresholds, lifetime value, weights, tiers, gold / VIP rules), its strict loading and
 * validation ({@link io.github.bankcrm.scoring.model.ScoringModels}) and its fingerprint.
 */
package io.github.bankcrm.scoring.model;
