package io.github.bankcrm.scoring.batch;

/**
 * Receives a batch's progress: every {@link BatchOptions#progressEvery()} snapshots and once at the
 * end. Called from one thread at a time, while workers wait: keep it quick (log a line, update a
 * gauge).
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = progress -> {};

  /**
   * Reports progress.
   *
   * @param progress how far the batch has come
   */
  void onProgress(Progress progress);
}
