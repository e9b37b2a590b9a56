package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.Nullable;

/**
 * A gold / VIP identification rule [黄金客户甄别]: a customer meeting {@code when} carries the flag
 * {@code code}, whatever their tier. Rules find the customers deposit-based rules miss.
 *
 * @param code the flag, a stable code: 1 to 40 upper-case letters, digits or {@code _}; unique
 * @param description what the flag means to a relationship manager, 1 to 200 characters
 * @param when the condition
 */
public record VipRule(@Nullable String code, @Nullable String description, @Nullable VipCondition when) {}
