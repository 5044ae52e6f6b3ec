package org.govsite.content;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A headline publication directive (网站头条信息发布指令, Art. 10) as the cyberspace office issues it. */
public record DirectiveForm(
		@NotBlank(message = "请填写指令标题") @Size(max = 300, message = "标题不能超过 300 个字符") @Nullable String title,
		@Nullable String body,
		@Size(max = 1000, message = "链接过长") @Nullable String link,
		@Size(max = 20, message = "发布位置不能超过 20 个字符") @Nullable String place,
		@NotNull(message = "请填写完成时限") @Nullable LocalDateTime deadline,
		@NotEmpty(message = "请选择目标网站") @Nullable List<SiteId> targetSiteIds) {
}
