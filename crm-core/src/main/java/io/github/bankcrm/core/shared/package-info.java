/**
 * The shared kernel: field errors, masking of personal data, actors, paging, domain events and the one
 * Immutables style of the project.
 */
@CrmStyle
package io.github.bankcrm.core.shared;
