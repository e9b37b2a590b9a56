package io.github.bankcrm.core.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrganizationUnitJsonTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

  @ParameterizedTest
  @MethodSource("io.github.bankcrm.core.organization.OrganizationFixture#units")
  void every_unit_round_trips(OrganizationUnit unit) throws Exception {
    String json = mapper.writeValueAsString(unit);

    assertThat(mapper.readValue(json, OrganizationUnit.class)).isEqualTo(unit);
  }

  @Test
  void a_branch_is_written_with_its_parent_code() throws Exception {
    assertThat(mapper.writeValueAsString(OrganizationFixture.unit("BJ")))
        .isEqualTo("{\"id\":\"BJ\",\"name\":\"北京分行\",\"level\":\"BRANCH\",\"parent\":\"HO\"}");
  }

  @Test
  void the_head_office_is_written_with_a_null_parent() throws Exception {
    assertThat(mapper.writeValueAsString(OrganizationFixture.unit("HO")))
        .isEqualTo("{\"id\":\"HO\",\"name\":\"总行\",\"level\":\"HEAD_OFFICE\",\"parent\":null}");
  }

  @Test
  void the_head_office_is_read_without_a_parent_field() throws Exception {
    assertThat(
            mapper.readValue(
                "{\"id\":\"HO\",\"name\":\"总行\",\"level\":\"HEAD_OFFICE\"}",
                OrganizationUnit.class))
        .isEqualTo(OrganizationFixture.unit("HO"));
  }
}
