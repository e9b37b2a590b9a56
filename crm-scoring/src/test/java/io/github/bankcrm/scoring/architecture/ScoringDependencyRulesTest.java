package io.github.bankcrm.scoring.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** crm-scoring builds on crm-core, vavr, Jackson and slf4j only; its API does not leak its internals. */
@AnalyzeClasses(packages = "io.github.bankcrm.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringDependencyRulesTest {

  @ArchTest
  static final ArchRule scoring_depends_only_on_core_vavr_jackson_and_slf4j =
      classes()
          .that()
          .resideInAPackage("io.github.bankcrm.scoring..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                  "java..",
                  "io.vavr..",
                  "com.fasterxml.jackson..",
                  "org.slf4j..",
                  "io.github.bankcrm.core..",
                  "io.github.bankcrm.scoring.."));

  @ArchTest
  static final ArchRule only_model_loading_knows_jackson_databind =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.bankcrm.scoring.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..");

  @ArchTest
  static final ArchRule the_api_does_not_know_the_batch_or_roll_ups =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.bankcrm.scoring.model..",
              "io.github.bankcrm.scoring.snapshot..",
              "io.github.bankcrm.scoring.score..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.bankcrm.scoring.batch..", "io.github.bankcrm.scoring.rollup..");

  @ArchTest
  static final ArchRule snapshots_know_no_model =
      noClasses()
          .that()
          .resideInAPackage("io.github.bankcrm.scoring.snapshot..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.bankcrm.scoring.model..", "io.github.bankcrm.scoring.score..");
}
