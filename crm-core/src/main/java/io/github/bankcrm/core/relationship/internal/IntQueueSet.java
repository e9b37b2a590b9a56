package io.github.bankcrm.core.relationship.internal;

import java.util.Arrays;

/**
 * A breadth-first work list of customer numbers that remembers every number ever added, without boxing:
 * the views visit a handful of customers out of millions, so clearing a bitmap of the whole graph per
 * lookup would cost more than the lookup. Numbers are kept in insertion order in one array, membership
 * in a small open-addressing hash table that grows with it. Not thread-safe; one per lookup.
 */
public final class IntQueueSet {

  private static final int EMPTY = -1;

  private int[] order = new int[16];
  private int size;
  private int head;
  private int[] table = emptyTable(32);

  private static int[] emptyTable(int capacity) {
    int[] table = new int[capacity];
    Arrays.fill(table, EMPTY);
    return table;
  }

  /**
   * Adds a number to the end of the work list unless it was ever added before.
   *
   * @param number a non-negative customer number
   * @return whether it was new
   */
  public boolean add(int number) {
    if (number < 0) {
      throw new IllegalArgumentException("customer numbers are not negative");
    }
    if (!insert(table, number)) {
      return false;
    }
    if (size == order.length) {
      order = Arrays.copyOf(order, size * 2);
    }
    order[size++] = number;
    if (size * 2 > table.length) {
      int[] grown = emptyTable(table.length * 2);
      for (int i = 0; i < size; i++) {
        insert(grown, order[i]);
      }
      table = grown;
    }
    return true;
  }

  private static boolean insert(int[] table, int number) {
    int mask = table.length - 1;
    int slot = (number * 0x9E3779B9) >>> 7 & mask;
    while (table[slot] != EMPTY) {
      if (table[slot] == number) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = number;
    return true;
  }

  /**
   * Whether numbers added are still waiting to be taken.
   *
   * @return whether {@link #take()} has a number
   */
  public boolean hasNext() {
    return head < size;
  }

  /**
   * The oldest number not taken yet.
   *
   * @return the number
   * @throws IllegalStateException if there is none
   */
  public int take() {
    if (head == size) {
      throw new IllegalStateException("nothing left to take");
    }
    return order[head++];
  }
}
