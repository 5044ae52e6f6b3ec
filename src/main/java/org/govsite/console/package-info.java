/**
 * The console's overview (概览): what the signed-in person sees first, built only from other modules' public API.
 */
@NullMarked
package org.govsite.console;

import org.jspecify.annotations.NullMarked;
