package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScorer;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columnar scoring example reads its extract into blocks and reports every customer in order. */
class ColumnarScoringTest {

  private static final ValueScorer SCORER = ValueScorer.of(ScoringModels.defaultModel());

  @Test
  void scores_the_extract_and_reports_refused_and_unreadable_rows_by_line() {
    String output = ReadmeExample.printedBy(() -> ColumnarScoring.main(new String[0]));

    assertThat(output.lines()).containsExactly(EXPECTED);
  }

  @Test
  void the_report_does_not_depend_on_the_block_size() throws IOException {
    for (int blockSize : new int[] {1, 3, 4, 1024}) {
      assertThat(run(blockSize)).as("blocks of %d", blockSize).containsExactly(EXPECTED);
    }
  }

  @Test
  void an_unreadable_cell_is_named_by_its_own_column_and_the_row_leaves_the_block_as_it_was() throws IOException {
    String extract =
        "customer,stage,age,business_owner,income_trend,education,deposit_cny_avg,deposit_rate,loan_cny_avg,loan_rate,"
            + "card_fees,wealth_fees,branch_visits,mobile_logins,last_activity,tx_count,tx_amount,pd,lgd,ead\n"
            + "C-1,MATURE,45,false,STABLE,BACHELOR,100,0.01,500,half,0,0,0,0,,0,0,0,0,0\n"
            + "C-2,GOLDEN,45,false,STABLE,BACHELOR,100,0.01,,,0,0,0,0,,0,0,0,0,0\n";
    List<String> lines = new ArrayList<>();

    ColumnarScoring.score(new java.io.StringReader(extract), SCORER, 4, lines::add);

    assertThat(lines)
        .containsExactly(
            "line 2 C-1 unreadable: loan_rate is not a number, a date or a known name",
            "line 3 C-2 unreadable: stage is not a number, a date or a known name",
            "scored 0, refused 0, unreadable 2");
  }

  private static List<String> run(int blockSize) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Reader extract =
        new InputStreamReader(
            ColumnarScoringTest.class.getResourceAsStream("/scoring/customer-extract.csv"), StandardCharsets.UTF_8)) {
      ColumnarScoring.score(extract, SCORER, blockSize, lines::add);
    }
    return lines;
  }

  private static final String[] EXPECTED = {
    "line 2 C-2001 816 PLATINUM [CONTRIBUTION_HIGH, LIFETIME_VALUE_HIGH, RECENCY_HIGH]",
    "line 3 C-2002 280 ORDINARY [RECENCY_HIGH, FREQUENCY_HIGH, MONETARY_MEDIUM] [HIGH_POTENTIAL]",
    "line 4 C-2003 376 ORDINARY [RECENCY_HIGH, FREQUENCY_HIGH, MONETARY_HIGH] [BUSINESS_OWNER_TURNOVER]",
    "line 5 C-2004 25 LOSS_MAKING [CONTRIBUTION_NEGATIVE, RECENCY_LOW, LIFETIME_VALUE_NEGATIVE]",
    "line 6 C-2005 334 ORDINARY [CONTRIBUTION_LOW, RECENCY_HIGH, LIFETIME_VALUE_LOW]",
    "line 7 C-2006 856 PLATINUM [CONTRIBUTION_HIGH, LIFETIME_VALUE_HIGH, RECENCY_HIGH]",
    "line 8 C-2007 refused: positions[0].averageBalance amount.negative",
    "line 9 C-2008 refused: stage required",
    "line 10 C-2009 3 ORDINARY [CONTRIBUTION_LOW, LIFETIME_VALUE_LOW, RECENCY_LOW]",
    "line 11 C-2010 unreadable: tx_count is not a number, a date or a known name",
    "scored 7, refused 2, unreadable 1"
  };
}
