package org.govsite.site;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/** What a user enters to register or change a site. */
public record SiteForm(
		@NotBlank(message = "请填写网站名称") @Size(max = 200, message = "网站名称不能超过 200 个字符") @Nullable String name,
		@NotNull(message = "请选择网站类型") @Nullable SiteType type,
		@Nullable String siteCode,
		@NotBlank(message = "请填写主域名") @Nullable String domain,
		@Nullable List<String> aliases,
		@NotNull(message = "请选择主办单位") @Nullable UnitId sponsorUnitId,
		@Nullable UnitId operatorUnitId,
		@Size(max = 64, message = "ICP备案号不能超过 64 个字符") @Nullable String icpFiling,
		@Size(max = 64, message = "公安机关备案号不能超过 64 个字符") @Nullable String publicSecurityFiling,
		@Min(value = 1, message = "等保级别应为 1 至 5") @Max(value = 5, message = "等保级别应为 1 至 5") @Nullable Short protectionLevel) {

	public static SiteForm empty() {
		return new SiteForm(null, null, null, null, List.of(), null, null, null, null, null);
	}

	public static SiteForm of(SiteView site) {
		return new SiteForm(site.name(), site.type(), site.siteCode(), site.mainDomain(), site.aliases(),
				site.sponsorUnitId(), site.operatorUnitId(), site.icpFiling(), site.publicSecurityFiling(),
				site.protectionLevel());
	}
}
