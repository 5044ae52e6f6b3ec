package org.govsite.content;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** What a site administrator enters for a special topic (专题专栏, Art. 16). */
public record TopicForm(
		@NotNull(message = "请选择网站") @Nullable SiteId siteId,
		@NotBlank(message = "请填写专题名称") @Size(max = 200, message = "专题名称不能超过 200 个字符") @Nullable String name,
		@NotBlank(message = "请填写专题路径") @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,59}$", message = "专题路径只能由小写字母、数字和连字符组成") @Nullable String slug,
		@Size(max = 1000, message = "专题简介不能超过 1000 个字符") @Nullable String description,
		@Size(max = 500, message = "横幅图片地址过长") @Nullable String bannerPath,
		@NotNull(message = "请填写开始日期") @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn) {
}
