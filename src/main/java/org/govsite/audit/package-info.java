/**
 * The audit trail (等保 2.0): every sign-in, role change and state change is appended, hash-chained, and can be
 * verified; only the audit administrator (审计管理员) reads it, and nobody can edit or delete it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "database" })
package org.govsite.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
