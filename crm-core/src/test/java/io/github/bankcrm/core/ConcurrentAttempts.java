package io.github.bankcrm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs attempts on separate threads released at the same moment, for contract tests of "of two
 * concurrent saves exactly one wins". The timeout only stops a hung adapter; nothing asserts on time.
 */
public final class ConcurrentAttempts {

  private ConcurrentAttempts() {}

  /**
   * Runs every attempt on its own thread, all released together, and waits for all of them.
   *
   * @param attempts what to run
   * @return the outcomes, in the order of the attempts
   * @throws Exception if an attempt throws or hangs
   */
  public static <T> List<T> race(List<Callable<T>> attempts) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures =
          attempts.stream()
              .map(attempt -> pool.submit(() -> {
                start.await();
                return attempt.call();
              }))
              .toList();
      start.countDown();
      List<T> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        outcomes.add(future.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
