/**
 * People and access (等保 2.0, Art. 19): accounts of units, platform-wide and site-scoped roles with the separation of
 * the three administrators, password policy, lockout, second factor, sessions and API tokens.
 */
@NullMarked
package org.govsite.iam;

import org.jspecify.annotations.NullMarked;
