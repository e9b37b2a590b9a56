package io.github.bankcrm.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The generators of {@link CustomerArbitraries} only make valid data, so other properties can trust them. */
class CustomerArbitrariesProperties {

  @Property(tries = 200)
  void every_generated_individual_form_is_valid(@ForAll("individualForms") IndividualProfileForm form) {
    assertThat(form.validate().isValid()).as("refused: %s", form.validate()).isTrue();
  }

  @Property(tries = 200)
  void every_generated_corporate_form_is_valid(@ForAll("corporateForms") CorporateProfileForm form) {
    assertThat(form.validate().isValid()).as("refused: %s", form.validate()).isTrue();
  }

  @Property(tries = 100)
  void a_profile_fills_in_a_form_that_gives_the_same_profile_again(
      @ForAll("individualForms") IndividualProfileForm form) {
    IndividualProfile profile = form.validate().get();

    assertThat(IndividualProfileForm.of(profile).validate().get()).isEqualTo(profile);
  }

  @Provide
  Arbitrary<IndividualProfileForm> individualForms() {
    return CustomerArbitraries.individualProfileForms();
  }

  @Provide
  Arbitrary<CorporateProfileForm> corporateForms() {
    return CustomerArbitraries.corporateProfileForms();
  }
}
