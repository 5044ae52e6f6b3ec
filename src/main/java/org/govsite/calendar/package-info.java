/**
 * Working-day calendar (Measures Art. 13): the State Council's yearly holiday notices with make-up workdays, editable
 * by the system administrator, a provisional calendar from the statutory rule for years not yet announced, and
 * deadlines counted in working days.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "shared" })
package org.govsite.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
