package org.govsite.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserView;
import org.govsite.proofreading.Category;
import org.govsite.proofreading.ContentChecker;
import org.govsite.proofreading.Finding;
import org.govsite.proofreading.HtmlText;
import org.govsite.proofreading.Severity;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks of an article's content that decide whether it may go forward, one rule set for both moments they run: on
 * 提交审核, so that the editor learns at once what the last approval would refuse, and when the article goes live (the
 * last approval, 紧急发布), in case the dictionaries, the links or the interpretation changed while it was in review.
 * <ul>
 * <li>A policy document (政策文件) carries its 索引号, 发文机关, 文号 and 成文日期 (each refusal placed on its field).</li>
 * <li>An important policy goes out only with its interpretation (Art. 11): when it goes live an interpretation must be
 * published or in review; on submission one must at least be linked (a linked draft is a warning). The rule refuses, or
 * only warns when {@code govsite.content.interpretation-rule=warn}.</li>
 * <li>Serious content-check findings (wrong wording, banned words, unmasked personal data) refuse unless the editor
 * marked them 误报 with a reason ({@link ContentChecks#dismiss}); when the article goes live a holder of 终审 on the site
 * may still let them through with a written reason (Art. 10).</li>
 * </ul>
 */
@Component
class PublicationChecks {

	/** When the checks run. */
	enum Moment {
		/** 提交审核. */
		SUBMIT("提交审核"),
		/** The last approval or 紧急发布: the article goes live (or is scheduled). */
		GO_LIVE("发布");

		private final String label;

		Moment(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	/** Whether an important policy without an interpretation is refused ("block") or only warned about ("warn"). */
	enum InterpretationRule {
		BLOCK, WARN
	}

	/** A 终审 holder's written reason to publish despite serious findings; only heard when the article goes live. */
	record Release(CurrentUser user, @Nullable String reason) {
	}

	/**
	 * What the checks say: the refusals (empty when the article may go forward), the warnings, every finding of the
	 * content check, and whether serious findings were let through by a 终审 holder ({@link Release}).
	 */
	record Verdict(List<Refusal.Placed> refusals, List<String> warnings, List<ArticleFinding> findings, boolean released) {
	}

	static final String INTERPRETATION_MISSING = "重要政策文件须与解读材料同步发布：请先关联已发布或已提交审核的政策解读（办法第十一条）";

	static final String INTERPRETATION_NOT_SUBMITTED = "关联的政策解读尚未提交审核：终审通过前，解读须已提交审核或已发布（办法第十一条）";

	/** The policy document's fields that must be filled in, by form field name. */
	private static final Map<String, String> POLICY_FIELDS = Map.of("indexNo", "索引号", "issuingAuthority", "发文机关",
			"documentNo", "文号", "writtenOn", "成文日期");

	/** How many characters of context a finding shows on each side. */
	private static final int CONTEXT = 12;

	private final Revisions revisions;
	private final ContentChecker checker;
	private final JdbcClient jdbc;
	private final UserAccounts accounts;
	private final InterpretationRule interpretationRule;

	PublicationChecks(Revisions revisions, ContentChecker checker, JdbcClient jdbc, UserAccounts accounts,
			@Value("${govsite.content.interpretation-rule:block}") String interpretationRule) {
		this.revisions = revisions;
		this.checker = checker;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.interpretationRule = InterpretationRule.valueOf(interpretationRule.trim().toUpperCase());
	}

	/** Every rule for the moment, every reason at once. */
	Verdict judge(Article article, Moment moment, @Nullable Release release) {
		var revision = revisions.get(article.id, article.currentRevision);
		var refusals = new ArrayList<Refusal.Placed>();
		var warnings = new ArrayList<String>();
		policyMetadata(article, revision, refusals);
		interpretation(article, moment, refusals, warnings);
		var findings = findings(article, revision);
		var blocking = findings.stream().filter(ArticleFinding::blocking).toList();
		boolean released = false;
		if (!blocking.isEmpty()) {
			released = moment == Moment.GO_LIVE && release != null && mayRelease(release, new SiteId(article.siteId));
			if (!released) {
				refusals.add(Refusal.Placed.anywhere(seriousFindings(blocking)));
			}
		}
		findings.stream().filter(f -> f.dismissal() == null && !f.blocking()).forEach(f -> warnings.add(f.message()));
		return new Verdict(refusals, warnings, findings, released);
	}

	/** The content check of the current revision, each finding with its place, context and any 误报 mark. */
	List<ArticleFinding> findings(Article article) {
		return findings(article, revisions.get(article.id, article.currentRevision));
	}

	private List<ArticleFinding> findings(Article article, RevisionView revision) {
		var title = revision.title();
		var text = checkedText(title, revision.body());
		var found = checker.check(text);
		if (found.isEmpty()) {
			return List.of();
		}
		var dismissals = dismissals(article);
		return found.stream().map(finding -> view(finding, text, title.length(),
				dismissals.get(key(finding.category(), finding.matched())))).toList();
	}

	/** What the checker reads: the title, a blank line, then the body's text. */
	static String checkedText(String title, String body) {
		return title + "\n\n" + HtmlText.extract(body);
	}

	/** The 误报 marks of the article, by category and matched text. */
	private Map<String, ArticleFinding.Dismissal> dismissals(Article article) {
		var names = new HashMap<String, String>();
		var marks = new HashMap<String, ArticleFinding.Dismissal>();
		jdbc.sql("SELECT category, matched, reason, dismissed_by, dismissed_at FROM content_check_dismissal WHERE article_id = ?")
			.param(article.id)
			.query((rs, n) -> Map.entry(key(rs.getString(1), rs.getString(2)), new ArticleFinding.Dismissal(rs.getString(3),
					rs.getString(4), rs.getString(4), rs.getTimestamp(5).toInstant())))
			.list()
			.forEach(entry -> {
				var mark = entry.getValue();
				var name = names.computeIfAbsent(mark.by(),
						by -> accounts.findByUsername(by).map(UserView::displayName).orElse(by));
				marks.put(entry.getKey(), new ArticleFinding.Dismissal(mark.reason(), mark.by(), name, mark.at()));
			});
		return marks;
	}

	/** Whether the finding of this category and matched text is marked 误报 on the article. */
	boolean dismissed(Article article, Category category, String matched) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM content_check_dismissal WHERE article_id = ? AND category = ? AND matched = ?)")
			.params(article.id, category.name(), matched).query(Boolean.class).single();
	}

	/** Marks a finding 误报; false when it already was. */
	boolean dismiss(Article article, Category category, String matched, String reason, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO content_check_dismissal (article_id, category, matched, reason, dismissed_by, dismissed_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
				""").params(article.id, category.name(), matched, reason, by, Timestamp.from(at)).update() == 1;
	}

	/** Takes a 误报 mark back; false when there was none. */
	boolean revoke(Article article, Category category, String matched) {
		return jdbc.sql("DELETE FROM content_check_dismissal WHERE article_id = ? AND category = ? AND matched = ?")
			.params(article.id, category.name(), matched).update() == 1;
	}

	private static String key(Category category, String matched) {
		return key(category.name(), matched);
	}

	private static String key(String category, String matched) {
		return category + "\u0000" + matched;
	}

	private static ArticleFinding view(Finding finding, String text, int titleLength,
			ArticleFinding.@Nullable Dismissal dismissal) {
		boolean inTitle = finding.start() < titleLength;
		int placeStart = inTitle ? 0 : titleLength + 2;
		int placeEnd = inTitle ? titleLength : text.length();
		int offset = Math.max(0, finding.start() - placeStart) + 1;
		int from = Math.max(placeStart, finding.start() - CONTEXT);
		int to = Math.min(placeEnd, finding.end() + CONTEXT);
		var before = (from > placeStart ? "…" : "") + text.substring(from, Math.max(from, finding.start()));
		var after = text.substring(finding.end(), Math.max(finding.end(), to)) + (to < placeEnd ? "…" : "");
		boolean blocking = finding.severity() == Severity.SERIOUS && dismissal == null;
		var effect = dismissal != null ? "已标记误报" : switch (finding.severity()) {
			case SERIOUS -> "将阻止发布";
			case WARNING -> "提醒";
			case HINT -> "提示";
		};
		return new ArticleFinding(finding.start(), finding.end(), finding.matched(), finding.severity(),
				finding.severity().label(), finding.category(), finding.category().label(), finding.suggestion(),
				finding.message(), inTitle ? "标题" : "正文", offset, before, after, blocking, effect, dismissal);
	}

	/** A policy document names its 索引号, 发文机关, 文号 and 成文日期; each missing one is refused at its field. */
	private static void policyMetadata(Article article, RevisionView revision, List<Refusal.Placed> refusals) {
		if (article.kind != ArticleKind.POLICY) {
			return;
		}
		missing(refusals, "indexNo", revision.indexNo());
		missing(refusals, "issuingAuthority", revision.issuingAuthority());
		missing(refusals, "documentNo", revision.documentNo());
		missing(refusals, "writtenOn", revision.writtenOn());
	}

	private static void missing(List<Refusal.Placed> refusals, String field, @Nullable Object value) {
		if (value == null || value.toString().isBlank()) {
			refusals.add(Refusal.Placed.at(field, "政策文件须填写" + POLICY_FIELDS.get(field)));
		}
	}

	/** Art. 11: an important policy goes out only with an interpretation published or under review. */
	private void interpretation(Article article, Moment moment, List<Refusal.Placed> refusals, List<String> warnings) {
		if (article.kind != ArticleKind.POLICY || !article.important) {
			return;
		}
		long ready = jdbc.sql("""
				SELECT count(*) FROM interpretation_link l JOIN article i ON i.id = l.interpretation_id
				WHERE l.policy_id = ? AND (i.state IN ('FIRST_REVIEW', 'SECOND_REVIEW', 'FINAL_REVIEW', 'SCHEDULED')
				                           OR (i.live_revision IS NOT NULL AND i.withdrawn_at IS NULL))
				""").param(article.id).query(Long.class).single();
		if (ready > 0) {
			return;
		}
		long linked = moment == Moment.SUBMIT
				? jdbc.sql("SELECT count(*) FROM interpretation_link WHERE policy_id = ?").param(article.id).query(Long.class).single()
				: 0;
		if (linked > 0) {
			warnings.add(INTERPRETATION_NOT_SUBMITTED);
		}
		else if (interpretationRule == InterpretationRule.BLOCK) {
			refusals.add(Refusal.Placed.anywhere(INTERPRETATION_MISSING));
		}
		else {
			warnings.add(INTERPRETATION_MISSING);
		}
	}

	private static boolean mayRelease(Release release, SiteId site) {
		return release.reason() != null && !release.reason().isBlank()
				&& release.user().hasRoleOn(Role.FINAL_REVIEWER, site);
	}

	/** The one sentence for serious findings not marked 误报, the same at submission and at publication. */
	static String seriousFindings(List<ArticleFinding> serious) {
		var examples = serious.stream().limit(3).map(ArticleFinding::message).collect(Collectors.joining("；"));
		return "内容检查发现 " + serious.size() + " 处严重问题（" + examples + (serious.size() > 3 ? "……" : "")
				+ "），请修改后再发布；确属误报的，请在「内容检查」中标记误报并写明理由，或由终审人员填写放行理由";
	}
}
