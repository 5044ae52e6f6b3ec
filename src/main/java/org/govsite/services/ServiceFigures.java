package org.govsite.services;

/**
 * A site's service figures for the annual report form (政府网站工作年度报表, 办事服务): whether its catalogue is online,
 * its items and those that can be handled online, and the year's case volumes (办件量) by service object.
 */
public record ServiceFigures(boolean catalogueOnline, long items, long onlineItems, long casesTotal,
		long casesNaturalPersons, long casesLegalPersons) {
}
