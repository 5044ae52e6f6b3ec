package org.govsite.content;

import java.time.Instant;

import org.govsite.proofreading.Category;
import org.govsite.proofreading.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One finding of the content check on an article's current revision, as editors and reviewers read it.
 * {@code start}/{@code end} are offsets into the checked text (the title, a blank line, then the body's text as
 * {@link org.govsite.proofreading.HtmlText#extract} gives it); {@code place} (标题 or 正文) and {@code offset} (the
 * 1-based character within it) say the same for a person, {@code before}/{@code after} are a few characters of context.
 * {@code blocking}: a serious finding not marked 误报, which refuses 提交审核 and publication; {@code effect} says what the
 * finding does in Chinese (将阻止发布, 提醒, 提示, 已标记误报).
 */
public record ArticleFinding(int start, int end, String matched, Severity severity, String severityLabel,
		Category category, String categoryLabel, @Nullable String suggestion, String message, String place, int offset,
		String before, String after, boolean blocking, String effect, @Nullable Dismissal dismissal) {

	/** An editor's mark that the finding is a false positive (误报), with the reason reviewers read. */
	public record Dismissal(String reason, String by, String byName, Instant at) {
	}
}
