package io.github.bankcrm.jdbc;

/**
 * Told after each committed chunk of a bulk save, e.g. to log or show progress of a nightly load, or
 * to remember where to resume: every update counted in {@code processed} is committed (saved) or was
 * refused, and none after it was written.
 */
@FunctionalInterface
public interface BulkProgress {

  /**
   * A chunk was written and committed.
   *
   * @param processed updates taken from the input so far
   * @param saved of which saved
   * @param refused of which refused
   */
  void chunkDone(long processed, long saved, long refused);

  /**
   * Progress that nobody listens to.
   *
   * @return a no-op
   */
  static BulkProgress none() {
    return (processed, saved, refused) -> {};
  }
}
