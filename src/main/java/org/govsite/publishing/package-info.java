/**
 * Publishing (Art. 12, 16): renders every site into static files (incrementally on each publication or withdrawal, or
 * a full rebuild switched in atomically), records a manifest of every file, serves the sites, and counts visits.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "content", "database", "iam", "shared", "site", "unit" })
package org.govsite.publishing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
