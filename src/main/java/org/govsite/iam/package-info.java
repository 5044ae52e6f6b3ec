/**
 * People and access (等保 2.0, Art. 19): accounts of units, platform-wide and site-scoped roles with the separation of
 * the three administrators, password policy, lockout, second factor, sessions and API tokens.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "shared", "site", "unit" })
package org.govsite.iam;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
