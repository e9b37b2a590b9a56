package io.github.bankcrm.scoring.batch;

/**
 * How a batch runs. Memory is bounded by {@code (queueCapacity + threads) × chunkSize} snapshots and
 * their results in flight, whatever the input's size.
 *
 * @param threads worker threads, at least 1; default: the available processors
 * @param chunkSize snapshots handed to a worker at a time, at least 1; default 512
 * @param queueCapacity chunks beyond one per worker that may be in flight, at least 1: with ordered
 *     output, a worker that finishes a chunk before an earlier one is delivered parks it and goes on with
 *     another while one is free; default {@code 2 × threads}
 * @param ordered whether the sink receives results in input order (default {@code true}); unordered
 *     output is delivered as soon as a chunk is done, which keeps workers busier when chunks take
 *     uneven time
 * @param progressEvery how many snapshots between two progress reports, at least 1; default 100,000
 */
public record BatchOptions(int threads, int chunkSize, int queueCapacity, boolean ordered, long progressEvery) {

  public BatchOptions {
    if (threads < 1 || chunkSize < 1 || queueCapacity < 1 || progressEvery < 1) {
      throw new IllegalArgumentException("threads, chunk size, queue capacity and progress step are at least 1");
    }
  }

  /**
   * The defaults: every available processor, chunks of 512, two chunks queued per thread, ordered
   * output, progress every 100,000 snapshots.
   *
   * @return the default options
   */
  public static BatchOptions defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new BatchOptions(cores, 512, 2 * cores, true, 100_000);
  }

  /**
   * The same options with another number of worker threads (and a queue of two chunks per thread).
   *
   * @param count worker threads, at least 1
   * @return the changed options
   */
  public BatchOptions withThreads(int count) {
    return new BatchOptions(count, chunkSize, 2 * count, ordered, progressEvery);
  }

  /**
   * The same options with ordered or unordered output.
   *
   * @param inOrder whether results reach the sink in input order
   * @return the changed options
   */
  public BatchOptions withOrdered(boolean inOrder) {
    return new BatchOptions(threads, chunkSize, queueCapacity, inOrder, progressEvery);
  }

  /**
   * The same options with another progress step.
   *
   * @param every snapshots between two progress reports
   * @return the changed options
   */
  public BatchOptions withProgressEvery(long every) {
    return new BatchOptions(threads, chunkSize, queueCapacity, ordered, every);
  }
}
