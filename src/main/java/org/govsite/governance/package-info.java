/**
 * Vendors and governance records (Art. 19-22, 25): vendors' contracts, qualifications, personnel and the Big Data
 * Center's reviews with expiry reminders; per unit the leader in charge with history, the yearly website-work meeting,
 * staff and budget lines, and coordination meetings with follow-up actions on the working-day calendar.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "unit", "iam", "site", "calendar", "audit", "shared" })
package org.govsite.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
