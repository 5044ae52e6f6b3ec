/**
 * The 24-hour duty (值班, Art. 14): the roster of shifts with handover notes, and alerts to the officer on shift for
 * every serious finding and incident that monitoring reports, escalated to the leader in charge when not acknowledged
 * in time.
 */
@NullMarked
package org.govsite.duty;

import org.jspecify.annotations.NullMarked;
