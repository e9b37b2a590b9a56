package io.github.bankcrm.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** crm-core stays a plain domain library: the JDK, vavr, jackson-annotations and slf4j-api only. */
@AnalyzeClasses(packages = "io.github.bankcrm.core", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

  /** Immutables leaves only its CLASS-retention {@code @Generated} marker in generated builders. */
  private static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> IMMUTABLES_MARKER =
      describe(
          "Immutables' generated-code marker",
          type ->
              type.getName().equals("org.immutables.value.Generated")
                  || type.getName().startsWith("org.immutables.value.Value"));

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_vavr_jackson_annotations_and_slf4j =
      classes()
          .that()
          .resideInAPackage("io.github.bankcrm.core..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "java..",
                      "io.vavr..",
                      "com.fasterxml.jackson.annotation..",
                      "org.slf4j..",
                      "io.github.bankcrm.core..")
                  .or(IMMUTABLES_MARKER));

  @ArchTest
  static final ArchRule the_domain_does_not_know_its_adapters =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.bankcrm.core.inmemory..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.bankcrm.core.inmemory..");

  @ArchTest
  static final ArchRule the_shared_kernel_knows_no_domain_concept =
      noClasses()
          .that()
          .resideInAPackage("io.github.bankcrm.core.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.bankcrm.core.customer..",
              "io.github.bankcrm.core.identity..",
              "io.github.bankcrm.core.organization..");

  @ArchTest
  static final ArchRule identity_and_organization_do_not_depend_on_customers =
      noClasses()
          .that()
          .resideInAnyPackage("io.github.bankcrm.core.identity..", "io.github.bankcrm.core.organization..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.bankcrm.core.customer..");

  @ArchTest
  static final ArchRule holdings_know_only_customers_organizations_and_the_shared_kernel =
      classes()
          .that()
          .resideInAPackage("io.github.bankcrm.core.holding..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "java..",
                      "io.vavr..",
                      "com.fasterxml.jackson.annotation..",
                      "io.github.bankcrm.core.holding..",
                      "io.github.bankcrm.core.customer..",
                      "io.github.bankcrm.core.organization..",
                      "io.github.bankcrm.core.shared..")
                  .or(IMMUTABLES_MARKER));

  @ArchTest
  static final ArchRule customers_and_organizations_do_not_depend_on_holdings =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.bankcrm.core.customer..",
              "io.github.bankcrm.core.organization..",
              "io.github.bankcrm.core.identity..",
              "io.github.bankcrm.core.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.bankcrm.core.holding..");

  @ArchTest
  static final ArchRule interactions_know_no_lifecycle_warning_or_holding =
      noClasses()
          .that()
          .resideInAPackage("io.github.bankcrm.core.interaction..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.bankcrm.core.lifecycle..",
              "io.github.bankcrm.core.warning..",
              "io.github.bankcrm.core.holding..");

  @ArchTest
  static final ArchRule the_lifecycle_does_not_know_warnings_or_interactions =
      noClasses()
          .that()
          .resideInAPackage("io.github.bankcrm.core.lifecycle..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.bankcrm.core.warning..", "io.github.bankcrm.core.interaction..");

  /** Identity resolution re-points an absorbed record's open warning to the survivor. */
  @ArchTest
  static final ArchRule only_adapters_and_identity_resolution_know_warnings =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "io.github.bankcrm.core.warning..",
              "io.github.bankcrm.core.inmemory..",
              "io.github.bankcrm.core.resolution..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.bankcrm.core.warning..");

  @ArchTest
  static final ArchRule customers_and_holdings_do_not_know_relationships =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.bankcrm.core.shared..",
              "io.github.bankcrm.core.identity..",
              "io.github.bankcrm.core.organization..",
              "io.github.bankcrm.core.customer..",
              "io.github.bankcrm.core.holding..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.bankcrm.core.relationship..");

  @ArchTest
  static final ArchRule relationships_build_on_customers_holdings_organization_and_the_shared_kernel_only =
      classes()
          .that()
          .resideInAPackage("io.github.bankcrm.core.relationship..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "java..",
                      "io.vavr..",
                      "com.fasterxml.jackson.annotation..",
                      "org.slf4j..",
                      "io.github.bankcrm.core.relationship..",
                      "io.github.bankcrm.core.holding..",
                      "io.github.bankcrm.core.customer..",
                      "io.github.bankcrm.core.organization..",
                      "io.github.bankcrm.core.shared..")
                  .or(IMMUTABLES_MARKER));

  @ArchTest
  static final ArchRule no_other_concept_depends_on_identity_resolution =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.bankcrm.core.shared..",
              "io.github.bankcrm.core.identity..",
              "io.github.bankcrm.core.organization..",
              "io.github.bankcrm.core.customer..",
              "io.github.bankcrm.core.group..",
              "io.github.bankcrm.core.holding..",
              "io.github.bankcrm.core.relationship..",
              "io.github.bankcrm.core.lifecycle..",
              "io.github.bankcrm.core.interaction..",
              "io.github.bankcrm.core.warning..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.bankcrm.core.resolution..");

  @ArchTest
  static final ArchRule resolution_internals_stay_inside_resolution =
      classes()
          .that()
          .resideInAPackage("io.github.bankcrm.core.resolution.internal..")
          .should()
          .onlyBeAccessed()
          .byAnyPackage("io.github.bankcrm.core.resolution..");
}
