package org.govsite.monitoring;

import java.util.List;

/**
 * A check that reads one fetched page and reports what is wrong on it. Detectors are pure (no I/O, no state), so
 * the crawler can hand every page to all of them and tests can call them directly.
 */
public interface PageDetector {

	/** The check this detector reports under. */
	Check check();

	/** Everything wrong on this page; empty when nothing is. */
	List<Detection> inspect(FetchedPage page);
}
