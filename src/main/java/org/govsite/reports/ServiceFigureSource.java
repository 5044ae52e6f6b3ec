package org.govsite.reports;

import java.util.Optional;

import org.govsite.site.SiteId;

/**
 * The port through which the annual report takes its 办事服务 figures (the service catalogue module implements it).
 * Without an implementation ({@link #NO_SOURCE}) those fields stay blank and the unit fills them in.
 */
public interface ServiceFigureSource {

	/**
	 * A site's service figures of a year.
	 *
	 * @param catalogueOnline     是否发布服务事项目录
	 * @param items               政务服务事项数量
	 * @param onlineItems         可全程在线办理政务服务事项数量
	 * @param casesTotal          办件量总数
	 * @param casesNaturalPersons 自然人办件量
	 * @param casesLegalPersons   法人办件量
	 */
	record ServiceFigures(boolean catalogueOnline, long items, long onlineItems, long casesTotal,
			long casesNaturalPersons, long casesLegalPersons) {
	}

	/** The figures, or empty when the source has none for the site. */
	Optional<ServiceFigures> figures(SiteId site, int year);

	/** No source: the 办事服务 fields are filled in by the unit. */
	ServiceFigureSource NO_SOURCE = (site, year) -> Optional.empty();
}
