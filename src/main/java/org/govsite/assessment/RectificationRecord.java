package org.govsite.assessment;

import java.time.LocalDate;
import java.util.List;

import org.govsite.site.SiteId;

/**
 * Port (rectification, Art. 24): the rectification notices of a period that were not done on time — reminded after
 * their deadline, or ending in a 约谈 — which a 通报 names as 整改不力. Rectification implements it (it depends on
 * assessment, not the other way round); without it the bulletin leaves the list out.
 */
public interface RectificationRecord {

	/** One notice not done on time: the site, the unit, the notice, and what happened in one Chinese sentence. */
	record Failure(SiteId siteId, String siteName, String unitName, String notice, String what) {
	}

	/** Notices whose deadline fell within {@code [from, to]} and that were reminded or led to an interview. */
	List<Failure> failures(LocalDate from, LocalDate to);

	RectificationRecord NO_SOURCE = (from, to) -> List.of();
}
