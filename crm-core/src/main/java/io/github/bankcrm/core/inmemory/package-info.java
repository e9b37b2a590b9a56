/**
 * In-memory adapters of the core ports: thread-safe, without persistence, the embedded default for
 * tests and demos.
 */
@CrmStyle
package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.shared.CrmStyle;
