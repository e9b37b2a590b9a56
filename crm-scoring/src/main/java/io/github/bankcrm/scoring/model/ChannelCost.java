package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.scoring.snapshot.Channel;
import java.math.BigDecimal;

/**
 * What one use of a channel costs the bank.
 *
 * @param channel the channel
 * @param costPerUse the cost of one use in units of the reporting currency; not negative
 */
public record ChannelCost(@Nullable Channel channel, @Nullable BigDecimal costPerUse) {}
