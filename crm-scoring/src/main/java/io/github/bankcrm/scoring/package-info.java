/**
 * Customer value scoring: contribution, RFM, lifetime value, tiers and explanations. Models are
 * versioned documents identified by their {@link io.github.bankcrm.scoring.ModelFingerprint}.
 */
package io.github.bankcrm.scoring;
