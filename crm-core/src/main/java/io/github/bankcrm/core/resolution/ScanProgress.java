package io.github.bankcrm.core.resolution;

/**
 * Receives progress reports of a long {@link DuplicateScan}. Called from worker threads, at most every
 * {@value DuplicateScan#PROGRESS_STEP} items per stage and once at the end of each stage; must be
 * thread-safe and quick.
 */
@FunctionalInterface
public interface ScanProgress {

  /** Reports nothing. */
  ScanProgress SILENT = (stage, done, total) -> {};

  /**
   * One report.
   *
   * @param stage the stage running
   * @param done items done in this stage so far
   * @param total items in this stage
   */
  void progressed(Stage stage, long done, long total);

  /** The stages of a scan, in order. */
  enum Stage {
    /** Computing the normalised keys of each customer. */
    NORMALIZING,
    /** Grouping customers by blocking key. */
    BLOCKING,
    /** Comparing the candidate pairs. */
    COMPARING
  }
}
