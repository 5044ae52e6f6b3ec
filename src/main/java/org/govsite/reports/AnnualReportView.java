package org.govsite.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One site's annual work report form of a year: {@code fields} by JSON key (taken figures and filled-in values;
 * {@code null} where nothing is filled in), {@code rows} the same in the form's order with labels and sources, the
 * sign-off, where it stands and what may be done next.
 */
public record AnnualReportView(SiteId siteId, String siteName, @Nullable String siteCode, int year, ReportStatus status,
		Map<String, @Nullable Object> fields, List<Row> rows, SignOff signOff, @Nullable Instant computedAt,
		@Nullable Instant publishedAt, @Nullable String publishedBy, LocalDate publishBy, boolean overdue,
		List<ReportAction> actions, List<HistoryEntry> history) {

	/**
	 * A field on the form: {@code source} names where the platform took it from, null when the unit fills it in
	 * ({@code editable}).
	 */
	public record Row(String key, String section, String label, String fullLabel, ReportField.Kind kind,
			@Nullable Object value, String display, @Nullable String source, boolean editable) {
	}

	/** 单位负责人, 审核人, 填报人, 联系电话, 填报日期. */
	public record SignOff(@Nullable String unitHead, @Nullable String reviewer, @Nullable String filler,
			@Nullable String phone, @Nullable LocalDate filledOn) {

		static final SignOff NONE = new SignOff(null, null, null, null, null);
	}

	/** A move of the form. */
	public record HistoryEntry(String action, String from, String to, String actor, @Nullable String reason, Instant at) {

		public String atText() {
			return ReportSummary.minute(at);
		}
	}

	public String computedAtText() {
		return ReportSummary.minute(computedAt);
	}

	public String statusLabel() {
		return status.label();
	}

	/** When published, in Beijing time (yyyy-MM-dd HH:mm); empty while not. */
	public String publishedAtText() {
		return ReportSummary.minute(publishedAt);
	}

	public boolean published() {
		return status == ReportStatus.PUBLISHED;
	}

	/** The rows of one section, in order (for the form's templates). */
	public List<Row> rowsOf(String section) {
		return rows.stream().filter(r -> r.section().equals(section)).toList();
	}
}
