package org.govsite.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.content.ContentFigures;
import org.govsite.interaction.InteractionReport;
import org.govsite.monitoring.MonitoringHistory;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Takes the form's figures from the platform's data through the owning modules' read APIs (content, interaction,
 * monitoring, site; 办事服务 through {@link ServiceFigureSource} when one is wired). Keys are {@link ReportField#key()}.
 */
@Component
class FigureTaker {

	private final ContentFigures content;
	private final InteractionReport interaction;
	private final MonitoringHistory monitoring;
	private final ObjectProvider<ServiceFigureSource> services;

	FigureTaker(ContentFigures content, InteractionReport interaction, MonitoringHistory monitoring,
			ObjectProvider<ServiceFigureSource> services) {
		this.content = content;
		this.interaction = interaction;
		this.monitoring = monitoring;
		this.services = services;
	}

	Map<String, Object> take(SiteView site, int year) {
		var values = new LinkedHashMap<String, Object>();
		put(values, ReportField.SITE_NAME, site.name());
		put(values, ReportField.HOME_URL, site.mainDomain() == null ? "" : "https://" + site.mainDomain() + "/");
		put(values, ReportField.SPONSOR, site.sponsorUnitName());
		put(values, ReportField.SITE_TYPE, site.type().label());
		put(values, ReportField.SITE_CODE, orEmpty(site.siteCode()));
		put(values, ReportField.ICP_FILING, orEmpty(site.icpFiling()));
		put(values, ReportField.PUBLIC_SECURITY_FILING, orEmpty(site.publicSecurityFiling()));

		var c = content.year(site.id(), year);
		put(values, ReportField.ARTICLES, c.articles());
		put(values, ReportField.OVERVIEW_ARTICLES, c.overviewArticles());
		put(values, ReportField.DYNAMIC_ARTICLES, c.dynamicArticles());
		put(values, ReportField.CATALOGUE_ARTICLES, c.catalogueArticles());
		put(values, ReportField.TOPICS_MAINTAINED, c.topicsMaintained());
		put(values, ReportField.TOPICS_OPENED, c.topicsOpened());
		put(values, ReportField.INTERPRETATIONS, c.interpretations());
		put(values, ReportField.INTERPRETATION_MATERIALS, c.interpretationMaterials());
		put(values, ReportField.INTERPRETATION_PRODUCTS, c.interpretationProducts());
		put(values, ReportField.MEDIA_COMMENTS, c.mediaComments());

		services.getIfAvailable(() -> ServiceFigureSource.NO_SOURCE).figures(site.id(), year).ifPresent(s -> {
			put(values, ReportField.SERVICE_CATALOGUE, s.catalogueOnline());
			put(values, ReportField.SERVICE_ITEMS, s.items());
			put(values, ReportField.ONLINE_SERVICE_ITEMS, s.onlineItems());
			put(values, ReportField.CASES, s.casesTotal());
			put(values, ReportField.CASES_NATURAL_PERSONS, s.casesNaturalPersons());
			put(values, ReportField.CASES_LEGAL_PERSONS, s.casesLegalPersons());
		});

		var m = interaction.messages(site.id(), year);
		put(values, ReportField.MESSAGES_RECEIVED, m.received());
		put(values, ReportField.MESSAGES_CLOSED, m.closed());
		put(values, ReportField.MESSAGE_AVERAGE_DAYS, m.averageCalendarDays());
		put(values, ReportField.PUBLIC_REPLIES, m.publicReplies());
		var p = interaction.year(site.id(), year);
		put(values, ReportField.SOLICITATIONS, p.solicitations());
		put(values, ReportField.OPINIONS, p.opinionsReceived());
		put(values, ReportField.SOLICITATION_RESULTS, p.resultsPublished());
		put(values, ReportField.INTERVIEWS, p.interviews());
		put(values, ReportField.INTERVIEW_QUESTIONS, p.questionsReceived());
		put(values, ReportField.INTERVIEW_ANSWERS, p.questionsAnswered());

		var from = LocalDate.of(year, 1, 1).atStartOfDay(BeijingTime.ZONE).toInstant();
		var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(BeijingTime.ZONE).toInstant();
		var s = monitoring.security(site.id(), from, to);
		put(values, ReportField.SECURITY_CHECKS, s.scans());
		put(values, ReportField.SECURITY_FINDINGS, s.findings());
		put(values, ReportField.SECURITY_FIXED, s.fixed());
		return values;
	}

	private static void put(Map<String, Object> values, ReportField field, Object value) {
		values.put(field.key(), value);
	}

	private static String orEmpty(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text;
	}
}
