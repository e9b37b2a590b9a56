/**
 * Batch scoring: millions of snapshots streamed through a {@link
 * io.github.bankcrm.scoring.batch.BatchScorer} with bounded memory, on every core, with progress
 * reports; a customer that cannot be scored is reported to the sink and the batch goes on.
 */
package io.github.bankcrm.scoring.batch;
