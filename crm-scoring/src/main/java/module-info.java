/** The Bank CRM SDK value and risk scoring API. */
module io.github.bankcrm.scoring {
  requires transitive io.github.bankcrm.core;

  exports io.github.bankcrm.scoring;

  opens io.github.bankcrm.scoring to com.fasterxml.jackson.databind;
}
