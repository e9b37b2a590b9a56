package io.github.bankcrm.jdbc;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Connection;
import java.sql.Statement;

/**
 * The adapter's SQL discipline, checked on its bytecode: statements are prepared in one place
 * ({@code internal.Sql}, which binds every value), and no plain {@link Statement} ever runs a string.
 */
@AnalyzeClasses(packages = "io.github.bankcrm.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterRulesTest {

  @ArchTest
  static final ArchRule no_plain_statements =
      noClasses()
          .should()
          .callMethodWhere(
              target(name("createStatement"))
                  .and(target(owner(JavaClass.Predicates.assignableTo(Connection.class)))))
          .orShould()
          .callMethodWhere(
              target(name("addBatch"))
                  .and(target(owner(JavaClass.Predicates.assignableTo(Statement.class))))
                  .and(
                      com.tngtech.archunit.base.DescribedPredicate.describe(
                          "with a SQL string",
                          call -> !call.getTarget().getRawParameterTypes().isEmpty())));

  @ArchTest
  static final ArchRule statements_are_prepared_only_where_values_are_bound =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("io.github.bankcrm.jdbc.internal.Sql")
          .should()
          .callMethodWhere(
              target(name("prepareStatement"))
                  .and(target(owner(JavaClass.Predicates.assignableTo(Connection.class)))));

}
