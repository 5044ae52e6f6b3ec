package org.govsite.calendar;

/** Where a year's holiday notice comes from. */
public enum CalendarSource {
	/** The State Council notice as bundled with GovSite (holiday-cn data, MIT licence). */
	BUNDLED,
	/** Entered on the platform by the system administrator; replaces the bundled notice of that year. */
	PLATFORM,
	/** No notice is known for the year; only the provisional calendar from the statutory rule applies. */
	NONE
}
