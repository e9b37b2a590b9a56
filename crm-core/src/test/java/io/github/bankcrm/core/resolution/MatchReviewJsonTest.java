package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.Actor;
import org.junit.jupiter.api.Test;

/** Reviews, their updates and events survive a JSON round trip; foreign event type names are refused. */
class MatchReviewJsonTest {

  private static final MatchResult MATCH =
      MatchModel.standard()
          .compare(ResolutionFixture.wangXiaohong("C1").build(), ResolutionFixture.wangXiaohong("C2").build());

  private static final MatchReviewUpdate QUEUED =
      MatchReview.queue(MatchReviewId.of("R1"), MATCH, OrganizationFixture.BJ01, OrganizationFixture.SH01, Actor.system("scan"), NOW);

  @Test
  void a_decided_review_and_its_events_round_trip() {
    MatchReviewUpdate decided = QUEUED.review().decide(1, ReviewDecision.DEFER, Actor.of("r1"), NOW).get();

    assertThat(CrmJson.roundTrip(decided, MatchReviewUpdate.class)).isEqualTo(decided);
    assertThat(CrmJson.roundTrip(QUEUED, MatchReviewUpdate.class)).isEqualTo(QUEUED);
    for (ReviewEvent event : decided.events()) {
      assertThat(CrmJson.roundTrip(event, ReviewEvent.class)).isEqualTo(event);
    }
  }

  @Test
  void an_unknown_event_type_is_refused() {
    String json = CrmJson.write(QUEUED.events().get(0)).replace("ReviewQueued", "Queued");
    assertThatThrownBy(() -> CrmJson.MAPPER.readValue(json, ReviewEvent.class)).isInstanceOf(InvalidTypeIdException.class);
  }

  @Test
  void nothing_in_a_review_shows_personal_data() {
    String shown = QUEUED.toString() + QUEUED.review().match().explain();
    assertThat(shown).doesNotContain("11010519491231002X", "13812345678", "王小红", "wang xiaohong", "建国路");
  }
}
