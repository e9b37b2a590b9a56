/** Number and name building for the synthetic bank; not API. */
package io.github.bankcrm.examples.bank.internal;
