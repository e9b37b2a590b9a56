package io.github.bankcrm.core.resolution;

import java.util.List;

/**
 * What a {@link CandidateSearch} found.
 *
 * @param pairs every pair sharing a key in a block that was not too large, each once
 * @param oversizedBlocks the blocks skipped because they were too large, largest first
 * @param blocks how many distinct keys were seen
 */
public record Candidates(List<CandidatePair> pairs, List<OversizedBlock> oversizedBlocks, long blocks) {

  public Candidates {
    pairs = List.copyOf(pairs);
    oversizedBlocks = List.copyOf(oversizedBlocks);
  }
}
