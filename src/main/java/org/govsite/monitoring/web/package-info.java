/** HTTP edge of monitoring: the API under {@code /api/v1/monitoring} and the console pages. */
@NullMarked
package org.govsite.monitoring.web;

import org.jspecify.annotations.NullMarked;
