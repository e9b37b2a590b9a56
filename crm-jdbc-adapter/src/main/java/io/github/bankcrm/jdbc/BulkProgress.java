package io.github.bankcrm.jdbc;

/** Told after each chunk of a bulk registration, e.g. to log or show progress of a nightly load. */
@FunctionalInterface
public interface BulkProgress {

  /**
   * A chunk was written (or refused) and committed.
   *
   * @param processed registrations taken from the input so far
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
