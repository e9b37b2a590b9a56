package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.Customer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the duplicates in a population of customers: normalises each one, searches candidate pairs by
 * blocking key and compares each pair with the model. Normalising and comparing run in parallel on the
 * common fork-join pool; blocking runs on the calling thread. Logs counts and fingerprints only.
 */
public final class DuplicateScan {

  /** How many items a stage processes between two progress reports. */
  public static final int PROGRESS_STEP = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(DuplicateScan.class);

  private final IdentityNormalization normalization;
  private final CandidateSearch search;
  private final MatchModel model;

  /**
   * A scan.
   *
   * @param normalization how customers are normalised
   * @param search how candidates are found
   * @param model how candidates are compared; must be valid
   * @throws IllegalArgumentException if the model is not valid
   */
  public DuplicateScan(IdentityNormalization normalization, CandidateSearch search, MatchModel model) {
    this.normalization = requireNonNull(normalization, "normalization");
    this.search = requireNonNull(search, "search");
    requireNonNull(model, "model");
    if (model.validate().isInvalid()) {
      throw new IllegalArgumentException("the match model is not valid: " + model.validate().getError().mkString("; "));
    }
    this.model = model;
  }

  /**
   * The standard normalisation, search and model.
   *
   * @return the standard scan
   */
  public static DuplicateScan standard() {
    return new DuplicateScan(IdentityNormalization.standard(), CandidateSearch.standard(), MatchModel.standard());
  }

  /**
   * Scans customers.
   *
   * @param customers the population, distinct customer numbers
   * @param progress receives progress reports
   * @return what was found
   */
  public ScanReport run(List<? extends Customer> customers, ScanProgress progress) {
    requireNonNull(customers, "customers");
    requireNonNull(progress, "progress");
    List<NormalizedIdentity> identities =
        inParallel(customers, normalization::of, ScanProgress.Stage.NORMALIZING, progress);
    return runNormalized(identities, progress);
  }

  /**
   * Scans customers already normalised.
   *
   * @param identities the population, distinct customer numbers
   * @param progress receives progress reports
   * @return what was found
   */
  public ScanReport runNormalized(List<NormalizedIdentity> identities, ScanProgress progress) {
    requireNonNull(identities, "identities");
    requireNonNull(progress, "progress");
    Candidates candidates = search.search(identities, progress);
    candidates
        .oversizedBlocks()
        .forEach(block -> LOG.warn("skipped oversized block {} {} of {} customers", block.kind(), block.fingerprint(), block.size()));
    List<MatchResult> results =
        inParallel(candidates.pairs(), model::compare, ScanProgress.Stage.COMPARING, progress);
    Map<MatchDecision, Long> decisions = new EnumMap<>(MatchDecision.class);
    for (MatchDecision decision : MatchDecision.values()) {
      decisions.put(decision, 0L);
    }
    results.forEach(result -> decisions.merge(result.decision(), 1L, Long::sum));
    List<MatchResult> matches =
        results.stream()
            .filter(result -> result.decision() != MatchDecision.NO_MATCH)
            .sorted(Comparator.comparing(MatchResult::first).thenComparing(MatchResult::second))
            .toList();
    LOG.info(
        "scanned {} customers: {} blocks, {} candidate pairs, decisions {}, {} oversized blocks skipped",
        identities.size(), candidates.blocks(), results.size(), decisions, candidates.oversizedBlocks().size());
    return new ScanReport(
        identities.size(), candidates.blocks(), results.size(), matches, decisions, candidates.oversizedBlocks());
  }

  private static <T, R> List<R> inParallel(
      List<? extends T> items, Function<T, R> work, ScanProgress.Stage stage, ScanProgress progress) {
    AtomicLong done = new AtomicLong();
    long total = items.size();
    List<R> results =
        items.parallelStream()
            .map(
                item -> {
                  R result = work.apply(item);
                  long count = done.incrementAndGet();
                  if (count % PROGRESS_STEP == 0) {
                    progress.progressed(stage, count, total);
                  }
                  return result;
                })
            .collect(Collectors.toList());
    progress.progressed(stage, total, total);
    return results;
  }
}
