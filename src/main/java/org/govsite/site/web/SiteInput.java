package org.govsite.site.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govsite.site.SiteForm;
import org.govsite.site.SiteType;
import org.govsite.site.SiteView;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * The console's site form: like {@link SiteForm}, with the same messages, but aliases typed one per line in a text
 * area. Converted to a {@link SiteForm} for the service, which checks every rule again.
 */
public record SiteInput(
		@NotBlank(message = "请填写网站名称") @Size(max = 200, message = "网站名称不能超过 200 个字符") @Nullable String name,
		@NotNull(message = "请选择网站类型") @Nullable SiteType type,
		@Nullable String siteCode,
		@NotBlank(message = "请填写主域名") @Nullable String domain,
		@Nullable String aliases,
		@NotNull(message = "请选择主办单位") @Nullable UnitId sponsorUnitId,
		@Nullable UnitId operatorUnitId,
		@Size(max = 64, message = "ICP备案号不能超过 64 个字符") @Nullable String icpFiling,
		@Size(max = 64, message = "公安机关备案号不能超过 64 个字符") @Nullable String publicSecurityFiling,
		@Min(value = 1, message = "等保级别应为 1 至 5") @Max(value = 5, message = "等保级别应为 1 至 5") @Nullable Short protectionLevel) {

	static SiteInput empty() {
		return new SiteInput(null, null, null, null, null, null, null, null, null, null);
	}

	static SiteInput of(SiteView site) {
		return new SiteInput(site.name(), site.type(), site.siteCode(), site.mainDomain(), String.join("\n", site.aliases()),
				site.sponsorUnitId(), site.operatorUnitId(), site.icpFiling(), site.publicSecurityFiling(),
				site.protectionLevel());
	}

	SiteForm toForm() {
		List<String> aliasList = aliases == null ? List.of()
				: Arrays.stream(aliases.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
		return new SiteForm(name, type, siteCode, domain, aliasList, sponsorUnitId, operatorUnitId, icpFiling,
				publicSecurityFiling, protectionLevel);
	}
}
