/**
 * Interaction platform (互动交流, Measures Art. 13): citizens' messages with working-day deadlines, one lifecycle, a
 * three-month hard cap, deadline warnings and escalation to the supervisor, and the public Q&amp;A with personal data
 * masked.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "calendar", "iam", "shared", "site", "unit" })
package org.govsite.interaction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
