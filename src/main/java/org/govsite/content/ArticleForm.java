package org.govsite.content;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an editor enters for an article. The body is rich text, sanitised on save; {@code publishTime} is Beijing
 * local time; the policy-document fields (政府信息公开) apply to {@link ArticleKind#POLICY}.
 */
public record ArticleForm(
		@NotNull(message = "请选择所属栏目") @Nullable ColumnId columnId,
		@Nullable ArticleKind kind,
		@Nullable InterpretationType interpretationType,
		boolean important,
		@NotBlank(message = "请填写标题") @Size(max = 300, message = "标题不能超过 300 个字符") @Nullable String title,
		@Size(max = 300, message = "副标题不能超过 300 个字符") @Nullable String subtitle,
		@NotBlank(message = "请填写正文") @Nullable String body,
		@Size(max = 1000, message = "摘要不能超过 1000 个字符") @Nullable String summary,
		@Size(max = 200, message = "来源不能超过 200 个字符") @Nullable String source,
		@Size(max = 100, message = "作者不能超过 100 个字符") @Nullable String author,
		@Size(max = 300, message = "关键词不能超过 300 个字符") @Nullable String keywords,
		@Size(max = 1000, message = "封面图片地址过长") @Nullable String coverImage,
		@Nullable LocalDateTime publishTime,
		@Size(max = 500, message = "补录理由不能超过 500 个字符") @Nullable String backdateReason,
		@Size(max = 100, message = "索引号不能超过 100 个字符") @Nullable String indexNo,
		@Size(max = 200, message = "发文机关不能超过 200 个字符") @Nullable String issuingAuthority,
		@Size(max = 100, message = "文号不能超过 100 个字符") @Nullable String documentNo,
		@Nullable LocalDate writtenOn,
		@Nullable LocalDate issuedOn,
		@Size(max = 100, message = "主题分类不能超过 100 个字符") @Nullable String subjectCategory,
		@Nullable Validity validity,
		@Nullable LocalDate validityChangedOn) {

	/** The same form with the given 索引号 (given by {@link IndexNumbering} or kept from the earlier revision). */
	public ArticleForm withIndexNo(@Nullable String number) {
		return new ArticleForm(columnId, kind, interpretationType, important, title, subtitle, body, summary, source,
				author, keywords, coverImage, publishTime, backdateReason, number, issuingAuthority, documentNo, writtenOn,
				issuedOn, subjectCategory, validity, validityChangedOn);
	}

	/** A plain article with just the essentials (handy for scripts, tests and demo data). */
	public static ArticleForm simple(ColumnId column, String title, String body, boolean important) {
		return new ArticleForm(column, ArticleKind.ARTICLE, null, important, title, null, body, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);
	}
}
