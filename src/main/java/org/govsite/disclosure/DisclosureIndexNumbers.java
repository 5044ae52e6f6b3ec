package org.govsite.disclosure;

import java.util.Optional;
import java.util.function.Predicate;

import org.govsite.content.ColumnId;
import org.govsite.content.Columns;
import org.govsite.content.IndexNumbering;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 索引号 rule: {@code govsite.disclosure.index-number-format} with {@code {body}} (the body code set with the
 * site's disclosure column, else its 网站标识码), {@code {category}} (the part of the structure the column stands for,
 * {@link DisclosureCategory#code()}), {@code {year}} and {@code {seq}} (five digits, one sequence per body and year,
 * never reused: a number handed out to a draft that is later deleted is gone). Default
 * {@code {body}/{category}-{year}-{seq}}, e.g. {@code 9901000001/05-2026-00001}. Only articles filed in a disclosure
 * column (or below one) are numbered.
 */
@Component
class DisclosureIndexNumbers implements IndexNumbering {

	private final JdbcClient jdbc;
	private final Columns columns;
	private final Sites sites;
	private final String format;

	DisclosureIndexNumbers(JdbcClient jdbc, Columns columns, Sites sites,
			@Value("${govsite.disclosure.index-number-format:{body}/{category}-{year}-{seq}}") String format) {
		for (var part : new String[] { "{body}", "{year}", "{seq}" }) {
			if (!format.contains(part)) {
				throw new IllegalStateException("govsite.disclosure.index-number-format must contain " + part
						+ " (索引号 are unique per body, year and sequence): " + format);
			}
		}
		this.jdbc = jdbc;
		this.columns = columns;
		this.sites = sites;
		this.format = format;
	}

	@Override
	public Optional<String> next(SiteId site, ColumnId column, int year, Predicate<String> taken) {
		var category = categoryOf(column);
		if (category.isEmpty()) {
			return Optional.empty();
		}
		var body = jdbc.sql("SELECT body_code FROM disclosure_body WHERE site_id = ?").param(site.value())
			.query(String.class).optional()
			.or(() -> sites.find(site).map(s -> s.siteCode()))
			.orElse(site.value().toString().substring(0, 8));
		while (true) {
			int seq = jdbc.sql("""
					INSERT INTO disclosure_index_counter (body_code, year, last_seq) VALUES (?, ?, 1)
					ON CONFLICT (body_code, year) DO UPDATE SET last_seq = disclosure_index_counter.last_seq + 1
					RETURNING last_seq
					""").params(body, year).query(Integer.class).single();
			var number = format(body, category.get().code(), year, seq);
			if (!taken.test(number)) {
				return Optional.of(number);
			}
		}
	}

	String format(String body, String category, int year, int seq) {
		return format.replace("{body}", body).replace("{category}", category).replace("{year}", Integer.toString(year))
			.replace("{seq}", String.format("%05d", seq));
	}

	/** The part of the structure a column stands for: its own, else its nearest parent's. */
	private Optional<DisclosureCategory> categoryOf(ColumnId column) {
		var current = column;
		for (int depth = 0; current != null && depth < 8; depth++) {
			var category = jdbc.sql("SELECT category FROM disclosure_column WHERE column_id = ?").param(current.value())
				.query(String.class).optional();
			if (category.isPresent()) {
				return category.map(DisclosureCategory::valueOf);
			}
			current = columns.find(current).map(c -> c.parentId()).orElse(null);
		}
		return Optional.empty();
	}
}
