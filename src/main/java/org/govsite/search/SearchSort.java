package org.govsite.search;

/** How results are ordered: best match first, or newest publication first. */
public enum SearchSort {
	RELEVANCE, DATE
}
