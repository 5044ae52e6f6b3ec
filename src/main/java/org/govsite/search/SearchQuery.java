package org.govsite.search;

import java.time.LocalDate;

import org.govsite.content.ArticleKind;
import org.govsite.content.Validity;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * One search: free text (may be empty to list by filters alone; plain words, {@code "quoted phrases"}, {@code -excluded}
 * words, a 文号, or the pinyin / pinyin initials of title words), filters, order and page (0-based).
 *
 * @param site site id (UUID) as a string, or {@code null} for the whole platform
 * @param column column id (UUID) as a string, or {@code null}
 * @param from first publication day (Beijing time), inclusive
 * @param to last publication day (Beijing time), inclusive
 */
public record SearchQuery(String text, @Nullable String site, @Nullable String column, @Nullable LocalDate from,
		@Nullable LocalDate to, @Nullable ArticleKind kind, @Nullable Validity validity, SearchSort sort, int page,
		int size) {

	public static final int MAX_SIZE = 100;
	public static final int MAX_TEXT = 200;
	/** Deep paging is refused: nobody reads page 500, and it costs the index dearly. */
	public static final int MAX_WINDOW = 10_000;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_TEXT) {
			throw Refusal.invalid("检索词不能超过 " + MAX_TEXT + " 个字符");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw Refusal.invalid("每页条数须在 1 到 " + MAX_SIZE + " 之间");
		}
		if (page < 0) {
			throw Refusal.invalid("页码不能小于 1");
		}
		if ((long) (page + 1) * size > MAX_WINDOW) {
			throw Refusal.invalid("只能查看前 " + MAX_WINDOW + " 条结果，请缩小检索范围");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw Refusal.invalid("起始日期不能晚于截止日期");
		}
	}

	/** A first page of ten, by relevance, without filters. */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, SearchSort.RELEVANCE, 0, 10);
	}
}
