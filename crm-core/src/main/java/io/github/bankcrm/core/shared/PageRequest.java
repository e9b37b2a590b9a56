package io.github.bankcrm.core.shared;

/**
 * A page of a search: skip {@code offset} results, return at most {@code limit}.
 *
 * @param offset results to skip, at least 0
 * @param limit results to return, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

  /** The largest page a port returns at once. */
  public static final int MAX_LIMIT = 1000;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be at least 0");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }

  /** The first page of the given size. */
  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }

  /** The page after this one. */
  public PageRequest next() {
    return new PageRequest(offset + limit, limit);
  }
}
