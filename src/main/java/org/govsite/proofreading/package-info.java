/**
 * Proofreading (Measures Art. 10: no typos, no serious wording errors, no sensitive information; national rules §4):
 * dictionary and privacy checks that report findings with position, severity and suggestion, never changing the text.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "shared" })
package org.govsite.proofreading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
