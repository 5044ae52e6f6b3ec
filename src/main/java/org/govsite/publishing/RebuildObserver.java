package org.govsite.publishing;

/**
 * Told of each page a full rebuild has staged (e.g. to measure, or in tests to simulate a crash by throwing). Every
 * bean of this type is told; production declares none.
 */
interface RebuildObserver {

	void pageStaged(int pagesSoFar);
}
