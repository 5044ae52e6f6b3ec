package org.govsite.content.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.shared.BeijingTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govsite.content.TopicForm;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * The console's topic form: {@link TopicForm} without the site (it comes from the page's path), with the same
 * messages, but dates typed as text ({@code date} inputs) and parsed here so that a bad date is an inline error.
 * Converted to a {@link TopicForm} for the service, which checks every rule again.
 */
record TopicInput(
		@NotBlank(message = "请填写专题名称") @Size(max = 200, message = "专题名称不能超过 200 个字符") @Nullable String name,
		@NotBlank(message = "请填写专题路径") @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,59}$", message = "专题路径只能由小写字母、数字和连字符组成") @Nullable String slug,
		@Size(max = 1000, message = "专题简介不能超过 1000 个字符") @Nullable String description,
		@Size(max = 500, message = "横幅图片地址过长") @Nullable String bannerPath,
		@NotBlank(message = "请填写开始日期") @Nullable String startsOn,
		@Nullable String endsOn) {

	/** The form converted for the service, or the inline errors of dates that could not be read. */
	record Parsed(@Nullable TopicForm form, Map<String, List<String>> errors) {
	}

	static TopicInput empty() {
		return new TopicInput(null, null, null, null, LocalDate.now(BeijingTime.ZONE).toString(), null);
	}

	Parsed parse(SiteId site) {
		var errors = new LinkedHashMap<String, List<String>>();
		var starts = read("startsOn", startsOn, "开始日期格式不正确，应为 年-月-日", errors);
		var ends = read("endsOn", endsOn, "结束日期格式不正确，应为 年-月-日", errors);
		if (!errors.isEmpty()) {
			return new Parsed(null, errors);
		}
		return new Parsed(new TopicForm(site, name, slug, description, bannerPath, starts, ends), errors);
	}

	private static @Nullable LocalDate read(String field, @Nullable String text, String message,
			Map<String, List<String>> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
			return null;
		}
	}

	static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
		var all = new LinkedHashMap<String, List<String>>();
		a.forEach((field, messages) -> all.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages));
		b.forEach((field, messages) -> all.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages));
		return all;
	}
}
