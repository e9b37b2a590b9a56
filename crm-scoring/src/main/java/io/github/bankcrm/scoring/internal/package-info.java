/** The compiled model and the scoring kernel; not API, not exported. */
package io.github.bankcrm.scoring.internal;
