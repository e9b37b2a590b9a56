package io.github.bankcrm.scoring.snapshot;

import io.github.bankcrm.core.shared.Nullable;

/**
 * How often the customer used one channel over the snapshot's period.
 *
 * @param channel the channel; required
 * @param count the number of uses; never negative
 */
public record ChannelUse(@Nullable Channel channel, int count) {}
