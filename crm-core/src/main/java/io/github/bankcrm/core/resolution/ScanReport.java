package io.github.bankcrm.core.resolution;

import java.util.List;
import java.util.Map;

/**
 * What a {@link DuplicateScan} found.
 *
 * @param customers how many customers were scanned
 * @param blocks how many distinct blocking keys were seen
 * @param candidatePairs how many pairs were compared
 * @param matches the pairs recommended for auto-merge or review, in customer-number order
 * @param decisions how many compared pairs got each decision
 * @param oversizedBlocks blocks skipped because they were too large, largest first
 */
public record ScanReport(
    long customers,
    long blocks,
    long candidatePairs,
    List<MatchResult> matches,
    Map<MatchDecision, Long> decisions,
    List<OversizedBlock> oversizedBlocks) {

  public ScanReport {
    matches = List.copyOf(matches);
    decisions = Map.copyOf(decisions);
    oversizedBlocks = List.copyOf(oversizedBlocks);
  }
}
