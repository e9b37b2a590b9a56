package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.Nullable;

/**
 * A tier and the lowest score that reaches it.
 *
 * @param name the tier's name as the bank calls it, e.g. {@code PLATINUM} [白金]; 1 to 40 upper-case
 *     letters, digits or {@code _}
 * @param minScore the lowest score in the tier
 */
public record TierCutOff(@Nullable String name, @Nullable Integer minScore) {}
