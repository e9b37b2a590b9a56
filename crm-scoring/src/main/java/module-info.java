/** The Bank CRM SDK value scoring API. */
module io.github.bankcrm.scoring {
  requires transitive io.github.bankcrm.core;
  requires transitive io.vavr;
  requires com.fasterxml.jackson.databind;

  exports io.github.bankcrm.scoring;
  exports io.github.bankcrm.scoring.batch;
  exports io.github.bankcrm.scoring.model;
  exports io.github.bankcrm.scoring.rollup;
  exports io.github.bankcrm.scoring.score;
  exports io.github.bankcrm.scoring.snapshot;

  opens io.github.bankcrm.scoring to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.scoring.batch to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.scoring.model to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.scoring.rollup to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.scoring.score to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.scoring.snapshot to com.fasterxml.jackson.databind;
}
