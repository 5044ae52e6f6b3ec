package org.govsite.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchSort;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;

/** Reads search parameters as typed by people and scripts, refusing bad ones with a Chinese reason. */
final class SearchParameters {

	private SearchParameters() {
	}

	/** A site by its 10-digit site code (网站标识码) or its id. */
	static @Nullable SiteView site(Sites sites, @Nullable String site) {
		if (site == null || site.isBlank()) {
			return null;
		}
		var value = site.strip();
		var found = value.matches("\\d{10}") ? sites.findBySiteCode(value)
				: parseUuid(value, "site").flatMap(id -> sites.find(new org.govsite.site.SiteId(id)));
		return found.orElseThrow(() -> Refusal.invalid("找不到网站「" + value + "」：请使用网站标识码或网站编号"));
	}

	static SearchQuery query(@Nullable String q, @Nullable SiteView site, @Nullable String column, @Nullable String from,
			@Nullable String to, @Nullable String kind, @Nullable String validity, @Nullable String sort,
			@Nullable String page, @Nullable String size) {
		var columnId = column == null || column.isBlank() ? null
				: parseUuid(column.strip(), "column").map(UUID::toString).orElseThrow(() -> Refusal.invalid("栏目编号「" + column + "」无效"));
		return new SearchQuery(q == null ? "" : q, site == null ? null : site.id().value().toString(), columnId,
				date(from, "起始日期"), date(to, "截止日期"), kind(kind), validity(validity), sort(sort),
				number(page, 1, "页码") - 1, number(size, 10, "每页条数"));
	}

	private static java.util.Optional<UUID> parseUuid(String value, String what) {
		try {
			return java.util.Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	private static @Nullable LocalDate date(@Nullable String value, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw Refusal.invalid(what + "「" + value + "」无效，请按 yyyy-MM-dd 填写，例如 2026-03-01");
		}
	}

	private static int number(@Nullable String value, int fallback, String what) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid(what + "「" + value + "」不是整数");
		}
	}

	private static @Nullable ArticleKind kind(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (var kind : ArticleKind.values()) {
			if (kind.name().equalsIgnoreCase(value.strip()) || kind.label().equals(value.strip())) {
				return kind;
			}
		}
		throw Refusal.invalid("文档类型「" + value + "」无效，可选 ARTICLE（信息）、POLICY（政策文件）、INTERPRETATION（政策解读）");
	}

	private static @Nullable Validity validity(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (var validity : Validity.values()) {
			if (validity.name().equalsIgnoreCase(value.strip()) || validity.label().equals(value.strip())) {
				return validity;
			}
		}
		throw Refusal.invalid("有效性「" + value + "」无效，可选 VALID（有效）、EXPIRED（失效）、REPEALED（废止）");
	}

	private static SearchSort sort(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return SearchSort.RELEVANCE;
		}
		try {
			return SearchSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Refusal.invalid("排序方式「" + value + "」无效，可选 relevance（相关度）或 date（发布时间）");
		}
	}
}
