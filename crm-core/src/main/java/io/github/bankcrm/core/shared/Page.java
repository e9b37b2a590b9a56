package io.github.bankcrm.core.shared;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * One page of search results, in a stable order, with the total number of matches.
 *
 * @param items the results on this page
 * @param total how many results match in all
 * @param request the page that was asked for
 * @param <T> result type
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

  public Page {
    items = List.copyOf(items);
    requireNonNull(request, "request");
    if (total < items.size()) {
      throw new IllegalArgumentException("total cannot be smaller than the page");
    }
  }

  /** Whether results remain after this page. */
  public boolean hasNext() {
    return request.offset() + (long) items.size() < total;
  }

  /** The same page with every item mapped. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
  }
}
