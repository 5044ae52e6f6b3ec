/**
 * Monitoring (监测, Art. 14, 18): the round-the-clock watch of every registered site — crawler, availability probes,
 * link checking, freshness from the outside, content-safety detectors on fetched pages, tamper detection — and the
 * one findings model all checks report into.
 */
@NullMarked
package org.govsite.monitoring;

import org.jspecify.annotations.NullMarked;
