package io.github.bankcrm.core.relationship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntQueueSetTest {

  @Test
  void hands_out_each_number_once_in_the_order_first_added_however_large_it_grows() {
    IntQueueSet queue = new IntQueueSet();
    Set<Integer> expected = new LinkedHashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      int number = random.nextInt(2_000) * 1_000_003 & Integer.MAX_VALUE;
      assertThat(queue.add(number)).isEqualTo(expected.add(number));
    }

    List<Integer> taken = new ArrayList<>();
    while (queue.hasNext()) {
      taken.add(queue.take());
    }
    assertThat(taken).containsExactlyElementsOf(expected);
    assertThat(queue.add(taken.get(0))).isFalse();
  }

  @Test
  void refuses_negative_numbers_and_taking_from_an_empty_list() {
    IntQueueSet queue = new IntQueueSet();

    assertThatThrownBy(() -> queue.add(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(queue::take).isInstanceOf(IllegalStateException.class);
  }
}
