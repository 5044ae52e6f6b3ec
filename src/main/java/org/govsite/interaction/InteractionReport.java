package org.govsite.interaction;

import java.time.LocalDate;

import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction figures of a site's annual report (政府网站工作年度报表, 互动交流): 征集调查 and 在线访谈 for a calendar
 * year in Beijing time. Figures only, no personal data, so no sign-in is required; the report's own module decides
 * who may see a report.
 */
@Service
public class InteractionReport {

	private final Solicitations solicitations;
	private final Interviews interviews;
	private final MessageReports messages;
	private final Sites sites;

	InteractionReport(Solicitations solicitations, Interviews interviews, MessageReports messages, Sites sites) {
		this.messages = messages;
		this.solicitations = solicitations;
		this.interviews = interviews;
		this.sites = sites;
	}

	/**
	 * The year's figures.
	 *
	 * @param solicitations      征集调查期数: solicitations opened (开始征集) in the year
	 * @param opinionsReceived   收到意见数量: opinions received in the year
	 * @param resultsPublished   公布调查结果期数: results published in the year
	 * @param interviews         访谈期数: interviews started in the year
	 * @param questionsReceived  网民留言数量: questions received in the year
	 * @param questionsAnswered  答复网民提问数量: questions answered in the year
	 */
	public record YearFigures(SiteId siteId, int year, long solicitations, long opinionsReceived,
			long resultsPublished, long interviews, long questionsReceived, long questionsAnswered) {
	}

	@Transactional(readOnly = true)
	public YearFigures year(SiteId site, int year) {
		if (year < 2000 || year > 2999) {
			throw Refusal.invalid("年度「" + year + "」不正确");
		}
		sites.find(site).orElseThrow(() -> Refusal.notFound("网站不存在"));
		var from = LocalDate.of(year, 1, 1).atStartOfDay(BeijingTime.ZONE).toInstant();
		var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(BeijingTime.ZONE).toInstant();
		var s = solicitations.yearFigures(site.value(), from, to);
		var i = interviews.yearFigures(site.value(), from, to);
		return new YearFigures(site, year, s[0], s[1], s[2], i[0], i[1], i[2]);
	}

	/**
	 * 留言办理 of the year: the messages received in the year (Beijing dates), how many of them are closed, their
	 * average handling time and the published replies (see {@link MessageStatistics}).
	 */
	@Transactional(readOnly = true)
	public MessageStatistics messages(SiteId site, int year) {
		if (year < 2000 || year > 2999) {
			throw Refusal.invalid("年度「" + year + "」不正确");
		}
		return messages.figures(site, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}
}
