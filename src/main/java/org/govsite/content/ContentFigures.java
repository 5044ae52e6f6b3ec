package org.govsite.content;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only yearly figures of a site's content for the annual work report form (政府网站工作年度报表, Art. 15): what
 * was published, by category, and the special topics. Figures only, no content, so no sign-in is checked here; the
 * report's module decides who may see a report.
 */
@Service
public class ContentFigures {

	/**
	 * The year's figures (Beijing time). Articles are the site's own live articles (home site, not withdrawn) first
	 * published in the year; categories follow how columns are typed: 概况类 are the articles of 应更新栏目
	 * ({@link UpdateClass#REGULAR}: organisation, leaders, plans …), 政务动态 those of 动态要闻 columns
	 * ({@link UpdateClass#DYNAMIC}), 信息公开目录 those carrying a 索引号 (the catalogue).
	 *
	 * @param interpretations         解读信息发布总数: live interpretations published in the year
	 * @param interpretationMaterials 解读材料: text and expert interpretations
	 * @param interpretationProducts  解读产品: graphic and video interpretations
	 * @param mediaComments           媒体评论文章
	 * @param topicsMaintained        专栏专题维护数量: topics running at some time in the year (not 筹备)
	 * @param topicsOpened            专栏专题新开设数量: of those, started in the year
	 */
	public record YearFigures(SiteId siteId, int year, long articles, long overviewArticles, long dynamicArticles,
			long catalogueArticles, long interpretations, long interpretationMaterials, long interpretationProducts,
			long mediaComments, long topicsMaintained, long topicsOpened) {
	}

	private final JdbcClient jdbc;

	ContentFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public YearFigures year(SiteId site, int year) {
		var start = LocalDate.of(year, 1, 1);
		var end = LocalDate.of(year, 12, 31);
		var from = Timestamp.from(start.atStartOfDay(BeijingTime.ZONE).toInstant());
		var to = Timestamp.from(start.plusYears(1).atStartOfDay(BeijingTime.ZONE).toInstant());
		var articles = jdbc.sql("""
				SELECT count(*),
				       count(*) FILTER (WHERE c.update_class = 'REGULAR'),
				       count(*) FILTER (WHERE c.update_class = 'DYNAMIC'),
				       count(*) FILTER (WHERE r.index_no IS NOT NULL),
				       count(*) FILTER (WHERE a.kind = 'INTERPRETATION'),
				       count(*) FILTER (WHERE a.kind = 'INTERPRETATION'
				                        AND COALESCE(a.interpretation_type, 'TEXT') IN ('TEXT', 'EXPERT')),
				       count(*) FILTER (WHERE a.kind = 'INTERPRETATION' AND a.interpretation_type IN ('GRAPHIC', 'VIDEO')),
				       count(*) FILTER (WHERE a.kind = 'INTERPRETATION' AND a.interpretation_type = 'MEDIA_COMMENT')
				FROM article a
				JOIN content_column c ON c.id = a.home_column_id
				JOIN article_revision r ON r.article = a.id AND r.number = a.live_revision
				WHERE a.site_id = :site AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
				  AND a.published_at >= :from AND a.published_at < :to
				""")
			.param("site", site.value()).param("from", from).param("to", to)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8) })
			.single();
		var topics = jdbc.sql("""
				SELECT count(*), count(*) FILTER (WHERE starts_on >= :start)
				FROM topic WHERE site_id = :site AND status <> 'PREPARING' AND starts_on <= :end
				  AND (ends_on IS NULL OR ends_on >= :start)
				""")
			.param("site", site.value()).param("start", start).param("end", end)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		return new YearFigures(site, year, articles[0], articles[1], articles[2], articles[3], articles[4], articles[5],
				articles[6], articles[7], topics[0], topics[1]);
	}
}
