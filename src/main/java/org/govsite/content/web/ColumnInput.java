package org.govsite.content.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govsite.content.ColumnForm;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnKind;
import org.govsite.content.ColumnView;
import org.govsite.content.TopicId;
import org.govsite.content.UpdateClass;
import org.govsite.iam.UserId;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * The console's column form: {@link ColumnForm} without the site (it comes from the page's path), with the same
 * messages (check boxes are {@code Boolean}: an unticked box sends nothing). Converted to a {@link ColumnForm} for the service, which checks every rule again.
 */
record ColumnInput(
		@Nullable TopicId topicId,
		@Nullable ColumnId parentId,
		@NotBlank(message = "请填写栏目名称") @Size(max = 100, message = "栏目名称不能超过 100 个字符") @Nullable String name,
		@NotBlank(message = "请填写栏目路径") @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,59}$", message = "栏目路径只能由小写字母、数字和连字符组成") @Nullable String slug,
		@Size(max = 500, message = "栏目描述不能超过 500 个字符") @Nullable String description,
		@Size(max = 300, message = "栏目关键词不能超过 300 个字符") @Nullable String keywords,
		@NotNull(message = "请选择栏目类型") @Nullable ColumnKind kind,
		@Nullable String externalUrl,
		@NotNull(message = "请选择更新类别") @Nullable UpdateClass updateClass,
		@Min(value = 1, message = "更新期限应为 1 至 730 天") @Max(value = 730, message = "更新期限应为 1 至 730 天") @Nullable Integer deadlineDays,
		@Nullable Boolean firstLevel,
		@Nullable Boolean onHome,
		@Nullable Integer sortOrder,
		@Nullable UserId responsibleEditor) {

	static ColumnInput empty() {
		return new ColumnInput(null, null, null, null, null, null, ColumnKind.LIST, null, null, null, true, false, 0, null);
	}

	static ColumnInput of(ColumnView column) {
		return new ColumnInput(column.topicId(), column.parentId(), column.name(), column.slug(), column.description(),
				column.keywords(), column.kind(), column.externalUrl(), column.updateClass(), column.deadlineDays(),
				column.firstLevel(), column.onHome(), column.sortOrder(), column.responsibleEditor());
	}

	ColumnForm toForm(SiteId site) {
		return new ColumnForm(site, topicId, parentId, name, slug, description, keywords, kind, externalUrl, updateClass,
				deadlineDays, Boolean.TRUE.equals(firstLevel), Boolean.TRUE.equals(onHome), sortOrder == null ? 0 : sortOrder, responsibleEditor);
	}
}
