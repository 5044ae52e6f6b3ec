/**
 * Sites (网站, Art. 6, 17): portals, department sites, special-purpose and non-government sites, their identity
 * (网站标识码, domains, filings, 等保 level), their guarded lifecycle, and department channels inside portals.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "shared", "unit" })
package org.govsite.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
