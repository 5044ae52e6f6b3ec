package org.govsite.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govsite.shared.BeijingTime;

/** Rules an article's content must satisfy on every save; each returns the sentences that refuse. */
final class ArticleRules {

	private ArticleRules() {
	}

	/** Interpretations name their form; other kinds have none. */
	static List<String> kindFits(ArticleForm form) {
		var reasons = new ArrayList<String>();
		if (form.kind() == ArticleKind.INTERPRETATION && form.interpretationType() == null) {
			reasons.add("政策解读须选择解读形式（文字解读、图文解读、视频解读、媒体评论或专家解读）");
		}
		if (form.kind() != ArticleKind.INTERPRETATION && form.interpretationType() != null) {
			reasons.add("只有政策解读才有解读形式");
		}
		if (form.validity() != null && form.validity() != Validity.VALID && form.validityChangedOn() == null) {
			reasons.add("政策文件失效或废止时须填写失效（废止）日期");
		}
		return reasons;
	}

	/**
	 * The body stays within the configured number of characters ({@code govsite.content.max-body-length}): an unbounded
	 * body would be stored in every revision, sanitised, checked and indexed on each save.
	 */
	static List<String> bodyWithinLimit(ArticleForm form, int maxLength) {
		return form.body() != null && form.body().length() > maxLength
				? List.of("正文过长：不能超过 " + maxLength + " 个字符（当前 " + form.body().length() + " 个）")
				: List.of();
	}

	/**
	 * A publication time earlier than the article's creation is a forged date (a national single-veto item) unless it is
	 * an openly recorded backfill: a reason, given by a holder of 终审 on the site.
	 */
	static List<String> publishTimeNotBeforeCreation(ArticleForm form, Instant createdAt, boolean finalReviewer) {
		var reasons = new ArrayList<String>();
		if (!isBackdated(form, createdAt)) {
			return reasons;
		}
		if (form.backdateReason() == null || form.backdateReason().isBlank()) {
			reasons.add("发布时间不能早于信息创建时间；补录历史信息须填写补录理由");
		}
		if (!finalReviewer) {
			reasons.add("发布时间早于创建时间的补录须由本网站的终审人员操作");
		}
		return reasons;
	}

	static boolean isBackdated(ArticleForm form, Instant createdAt) {
		return form.publishTime() != null
				&& form.publishTime().atZone(BeijingTime.ZONE).toInstant().isBefore(createdAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
	}
}
