/**
 * The Bank CRM SDK core: the customer model and its ports. Depends only on the JDK, vavr,
 * jackson-annotations and slf4j-api.
 */
module io.github.bankcrm.core {
  requires transitive io.vavr;
  requires transitive com.fasterxml.jackson.annotation;
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.github.bankcrm.core.customer;
  exports io.github.bankcrm.core.group;
  exports io.github.bankcrm.core.holding;
  exports io.github.bankcrm.core.identity;
  exports io.github.bankcrm.core.inmemory;
  exports io.github.bankcrm.core.interaction;
  exports io.github.bankcrm.core.lifecycle;
  exports io.github.bankcrm.core.organization;
  exports io.github.bankcrm.core.relationship;
  exports io.github.bankcrm.core.resolution;
  exports io.github.bankcrm.core.shared;
  exports io.github.bankcrm.core.warning;

  opens io.github.bankcrm.core.customer to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.group to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.holding to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.identity to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.interaction to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.lifecycle to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.organization to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.relationship to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.resolution to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.shared to com.fasterxml.jackson.databind;
  opens io.github.bankcrm.core.warning to com.fasterxml.jackson.databind;
}
