package org.govsite.content.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govsite.content.ArticleForm;
import org.govsite.content.ArticleKind;
import org.govsite.content.ArticleView;
import org.govsite.content.ColumnId;
import org.govsite.content.InterpretationType;
import org.govsite.content.Validity;
import org.jspecify.annotations.Nullable;

/**
 * The console's article form (check boxes are {@code Boolean}: an unticked box sends nothing): like {@link ArticleForm}, with the same messages, but dates typed as text
 * ({@code datetime-local} and {@code date} inputs) and parsed here so that a bad date is an inline error. Converted to
 * an {@link ArticleForm} for the service, which checks every rule again. Fields that do not apply to the chosen kind
 * (the interpretation form, the policy block) are dropped, as the form hides them.
 */
record ArticleInput(
		@NotNull(message = "请选择所属栏目") @Nullable ColumnId columnId,
		@Nullable ArticleKind kind,
		@Nullable InterpretationType interpretationType,
		@Nullable Boolean important,
		@NotBlank(message = "请填写标题") @Size(max = 300, message = "标题不能超过 300 个字符") @Nullable String title,
		@Size(max = 300, message = "副标题不能超过 300 个字符") @Nullable String subtitle,
		@NotBlank(message = "请填写正文") @Nullable String body,
		@Size(max = 1000, message = "摘要不能超过 1000 个字符") @Nullable String summary,
		@Size(max = 200, message = "来源不能超过 200 个字符") @Nullable String source,
		@Size(max = 100, message = "作者不能超过 100 个字符") @Nullable String author,
		@Size(max = 300, message = "关键词不能超过 300 个字符") @Nullable String keywords,
		@Size(max = 1000, message = "封面图片地址过长") @Nullable String coverImage,
		@Nullable String publishTime,
		@Size(max = 500, message = "补录理由不能超过 500 个字符") @Nullable String backdateReason,
		@Size(max = 100, message = "索引号不能超过 100 个字符") @Nullable String indexNo,
		@Size(max = 200, message = "发文机关不能超过 200 个字符") @Nullable String issuingAuthority,
		@Size(max = 100, message = "文号不能超过 100 个字符") @Nullable String documentNo,
		@Nullable String writtenOn,
		@Nullable String issuedOn,
		@Size(max = 100, message = "主题分类不能超过 100 个字符") @Nullable String subjectCategory,
		@Nullable Validity validity,
		@Nullable String validityChangedOn) {

	/** The form converted for the service, or the inline errors of fields that could not be read. */
	record Parsed(@Nullable ArticleForm form, Map<String, List<String>> errors) {
	}

	static ArticleInput empty(@Nullable ColumnId column) {
		return new ArticleInput(column, ArticleKind.ARTICLE, null, false, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

	static ArticleInput of(ArticleView article) {
		var r = article.revision();
		return new ArticleInput(article.homeColumnId(), article.kind(), article.interpretationType(), article.important(),
				r.title(), r.subtitle(), r.body(), r.summary(), r.source(), r.author(), r.keywords(), r.coverImage(),
				r.publishTime() == null ? null : r.publishTime().truncatedTo(ChronoUnit.MINUTES).toString(),
				r.backdateReason(), r.indexNo(), r.issuingAuthority(), r.documentNo(), text(r.writtenOn()),
				text(r.issuedOn()), r.subjectCategory(), r.validity(), text(r.validityChangedOn()));
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return date == null ? null : date.toString();
	}

	Parsed parse() {
		var errors = new LinkedHashMap<String, List<String>>();
		var time = read("publishTime", publishTime, LocalDateTime::parse, "发布时间格式不正确，应为 年-月-日 时:分", errors);
		boolean policy = kind == ArticleKind.POLICY;
		var written = policy ? read("writtenOn", writtenOn, LocalDate::parse, "成文日期格式不正确，应为 年-月-日", errors) : null;
		var issued = policy ? read("issuedOn", issuedOn, LocalDate::parse, "发布日期格式不正确，应为 年-月-日", errors) : null;
		var changed = policy ? read("validityChangedOn", validityChangedOn, LocalDate::parse, "失效日期格式不正确，应为 年-月-日", errors)
				: null;
		if (!errors.isEmpty()) {
			return new Parsed(null, errors);
		}
		var form = new ArticleForm(columnId, kind, kind == ArticleKind.INTERPRETATION ? interpretationType : null,
				Boolean.TRUE.equals(important), title, subtitle, body, summary, source, author, keywords, coverImage, time, backdateReason,
				policy ? indexNo : null, policy ? issuingAuthority : null, policy ? documentNo : null, written, issued,
				policy ? subjectCategory : null, policy ? validity : null, changed);
		return new Parsed(form, errors);
	}

	private static <T> @Nullable T read(String field, @Nullable String text, Function<String, T> parser, String message,
			Map<String, List<String>> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.trim());
		}
		catch (DateTimeParseException e) {
			errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
			return null;
		}
	}
}
