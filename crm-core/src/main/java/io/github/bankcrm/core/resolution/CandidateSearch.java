package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pairs of customers worth comparing without comparing all pairs: every customer is put into
 * one block per {@link BlockingKey} it has, and only customers in the same block are paired. Work grows
 * with the number of keys and the sum of the squared block sizes, not with the square of the population.
 *
 * <p>A block larger than {@link #maxBlockSize()} is skipped and reported as an {@link OversizedBlock}:
 * such keys are placeholders or very common values that say little about identity, and their pairs are
 * still found through the other kinds of key when they are real duplicates.
 *
 * <p>Immutable and thread-safe; one search is single-threaded.
 */
public final class CandidateSearch {

  /** The default cap on block size. */
  public static final int DEFAULT_MAX_BLOCK_SIZE = 50;

  private final Set<BlockingKind> kinds;
  private final int maxBlockSize;

  /**
   * A search over the given kinds of key.
   *
   * @param kinds the kinds of key to block on, at least one
   * @param maxBlockSize the largest block whose pairs are compared, at least 2
   */
  public CandidateSearch(Set<BlockingKind> kinds, int maxBlockSize) {
    requireNonNull(kinds, "kinds");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("at least one kind of blocking key");
    }
    if (maxBlockSize < 2) {
      throw new IllegalArgumentException("a block must be allowed at least 2 customers");
    }
    this.kinds = Set.copyOf(EnumSet.copyOf(kinds));
    this.maxBlockSize = maxBlockSize;
  }

  /**
   * Every kind of key, blocks of at most {@value #DEFAULT_MAX_BLOCK_SIZE}.
   *
   * @return the standard search
   */
  public static CandidateSearch standard() {
    return new CandidateSearch(EnumSet.allOf(BlockingKind.class), DEFAULT_MAX_BLOCK_SIZE);
  }

  /**
   * The largest block whose pairs are compared.
   *
   * @return the cap
   */
  public int maxBlockSize() {
    return maxBlockSize;
  }

  /**
   * The kinds of key blocked on.
   *
   * @return the kinds
   */
  public Set<BlockingKind> kinds() {
    return kinds;
  }

  /**
   * Builds the blocks and pairs their members.
   *
   * @param identities the population; customer numbers must be distinct
   * @param progress receives {@link ScanProgress.Stage#BLOCKING} reports
   * @return the candidate pairs, each once, and the skipped blocks
   */
  public Candidates search(List<NormalizedIdentity> identities, ScanProgress progress) {
    requireNonNull(identities, "identities");
    requireNonNull(progress, "progress");
    Map<BlockingKind, Map<String, Block>> blocks = new HashMap<>();
    kinds.forEach(kind -> blocks.put(kind, new HashMap<>()));
    int total = identities.size();
    for (int i = 0; i < total; i++) {
      NormalizedIdentity identity = identities.get(i);
      for (BlockingKind kind : kinds) {
        Map<String, Block> ofKind = blocks.get(kind);
        for (BlockingKey key : kind.keysOf(identity)) {
          Block block = ofKind.computeIfAbsent(key.value(), value -> new Block());
          block.add(i);
        }
      }
      if ((i + 1) % DuplicateScan.PROGRESS_STEP == 0) {
        progress.progressed(ScanProgress.Stage.BLOCKING, i + 1, total);
      }
    }
    progress.progressed(ScanProgress.Stage.BLOCKING, total, total);

    PairCodes codes = new PairCodes();
    List<OversizedBlock> oversized = new ArrayList<>();
    long blockCount = 0;
    for (Map.Entry<BlockingKind, Map<String, Block>> ofKind : blocks.entrySet()) {
      blockCount += ofKind.getValue().size();
      for (Map.Entry<String, Block> entry : ofKind.getValue().entrySet()) {
        Block block = entry.getValue();
        if (block.size > maxBlockSize) {
          oversized.add(
              new OversizedBlock(
                  ofKind.getKey(), new BlockingKey(ofKind.getKey(), entry.getKey()).fingerprint(), block.size));
        } else {
          block.pairInto(codes);
        }
      }
    }
    oversized.sort(Comparator.comparingInt(OversizedBlock::size).reversed());
    long[] unique = codes.sortedDistinct();
    List<CandidatePair> pairs = new ArrayList<>(unique.length);
    for (long code : unique) {
      NormalizedIdentity one = identities.get((int) (code >>> 32));
      NormalizedIdentity other = identities.get((int) code);
      if (!one.customerId().equals(other.customerId())) {
        pairs.add(CandidatePair.of(one, other));
      }
    }
    return new Candidates(pairs, oversized, blockCount);
  }

  /** The members of one block, by index into the population, ascending. */
  private static final class Block {
    private int[] members = new int[1];
    private int size;

    void add(int index) {
      if (size > 0 && members[size - 1] == index) {
        return; // the same customer twice under one key (two spellings with one birth date)
      }
      if (size == members.length) {
        members = Arrays.copyOf(members, size * 2);
      }
      members[size++] = index;
    }

    void pairInto(PairCodes codes) {
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          codes.add(((long) members[i] << 32) | members[j]);
        }
      }
    }
  }

  /** Pairs of indexes packed as {@code first << 32 | second}, deduplicated by sorting. */
  private static final class PairCodes {
    private long[] codes = new long[1024];
    private int size;

    void add(long code) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
      }
      codes[size++] = code;
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(codes, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
