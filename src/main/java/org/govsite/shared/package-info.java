/**
 * Shared kernel: the few types every module speaks (refusals, the clock). Kept deliberately small.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.govsite.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
