/**
 * Contacts with customers [客户接触记录]: every {@link io.github.bankcrm.core.interaction.Interaction}
 * through a branch counter, the call centre, the app or a relationship manager's visit, with its type and
 * outcome; complaints carry a severity and a resolution state. Stored through the {@link
 * io.github.bankcrm.core.interaction.Interactions} port.
 */
@CrmStyle
package io.github.bankcrm.core.interaction;

import io.github.bankcrm.core.shared.CrmStyle;
