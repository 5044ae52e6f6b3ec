package org.govsite.content.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.shared.BeijingTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.govsite.content.DirectiveForm;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * The console's directive form: like {@link DirectiveForm}, with the same messages, but the deadline typed as text (a
 * {@code datetime-local} input) and parsed here so that a bad time is an inline error. Converted to a
 * {@link DirectiveForm} for the service, which checks every rule again.
 */
record DirectiveInput(
		@NotBlank(message = "请填写指令标题") @Size(max = 300, message = "标题不能超过 300 个字符") @Nullable String title,
		@Nullable String body,
		@Size(max = 1000, message = "链接过长") @Nullable String link,
		@Size(max = 20, message = "发布位置不能超过 20 个字符") @Nullable String place,
		@NotBlank(message = "请填写完成时限") @Nullable String deadline,
		@NotEmpty(message = "请选择目标网站") @Nullable List<SiteId> targetSiteIds) {

	record Parsed(@Nullable DirectiveForm form, Map<String, List<String>> errors) {
	}

	/** An empty form: place 头条, deadline tomorrow at 18:00 (Beijing time). */
	static DirectiveInput empty() {
		var tomorrow = LocalDateTime.now(BeijingTime.ZONE).plusDays(1).withHour(18).truncatedTo(ChronoUnit.HOURS);
		return new DirectiveInput(null, null, null, "头条", tomorrow.toString(), List.of());
	}

	Parsed parse() {
		var errors = new LinkedHashMap<String, List<String>>();
		LocalDateTime time = null;
		if (deadline != null && !deadline.isBlank()) {
			try {
				time = LocalDateTime.parse(deadline.trim());
			}
			catch (DateTimeParseException e) {
				errors.computeIfAbsent("deadline", f -> new ArrayList<>()).add("完成时限格式不正确，应为 年-月-日 时:分");
			}
		}
		if (!errors.isEmpty()) {
			return new Parsed(null, errors);
		}
		return new Parsed(new DirectiveForm(title, body, link, place, time,
				targetSiteIds == null ? List.of() : targetSiteIds), errors);
	}

	public boolean targets(SiteId site) {
		return targetSiteIds != null && targetSiteIds.contains(site);
	}
}
