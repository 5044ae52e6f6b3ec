/** HTTP edge of the duty desk. */
@NullMarked
package org.govsite.duty.web;

import org.jspecify.annotations.NullMarked;
