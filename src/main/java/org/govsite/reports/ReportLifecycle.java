package org.govsite.reports;

import static org.govsite.reports.ReportAction.CORRECT;
import static org.govsite.reports.ReportAction.EDIT;
import static org.govsite.reports.ReportAction.PUBLISH;
import static org.govsite.reports.ReportAction.RECOMPUTE;
import static org.govsite.reports.ReportAction.RETURN;
import static org.govsite.reports.ReportAction.SUBMIT;
import static org.govsite.reports.ReportStatus.DRAFT;
import static org.govsite.reports.ReportStatus.PUBLISHED;
import static org.govsite.reports.ReportStatus.SUBMITTED;

import java.util.EnumSet;

import org.govsite.shared.Transitions;
import org.govsite.shared.Transitions.Guard;
import org.jspecify.annotations.Nullable;

/**
 * The annual report form's lifecycle: 草稿 (figures recomputable, fields editable) →审核通过→ 已审核 →发布→ 已发布
 * (frozen), 退回修改 back to 草稿 and 更正 of a published form back to 草稿, each with a reason. Publication needs the
 * sign-off names and an ended year (Art. 15: the previous year's form, by 31 January).
 */
final class ReportLifecycle {

	/** What the guards read. */
	record Facts(int year, boolean yearEnded, @Nullable String unitHead, @Nullable String reviewer,
			@Nullable String filler, @Nullable String reason) {
	}

	static final Transitions<ReportStatus, ReportAction, Facts> TABLE = Transitions
		.<ReportStatus, ReportAction, Facts>of(ReportStatus.class, ReportAction.class)
		.stay(EDIT, EnumSet.of(DRAFT))
		.stay(RECOMPUTE, EnumSet.of(DRAFT))
		.allow(SUBMIT, EnumSet.of(DRAFT), SUBMITTED)
		.allow(RETURN, EnumSet.of(SUBMITTED), DRAFT, Guard.of(f -> blank(f.reason()), "退回修改须说明理由"))
		.allow(PUBLISH, EnumSet.of(SUBMITTED), PUBLISHED,
				Guard.of(f -> !f.yearEnded(), f -> f.year() + "年度报表须在该年度结束后发布（" + (f.year() + 1) + "-01-01 起）"),
				Guard.of(f -> blank(f.unitHead()), "发布前须填写单位负责人"),
				Guard.of(f -> blank(f.reviewer()), "发布前须填写审核人"),
				Guard.of(f -> blank(f.filler()), "发布前须填写填报人"))
		.allow(CORRECT, EnumSet.of(PUBLISHED), DRAFT, Guard.of(f -> blank(f.reason()), "更正已发布的报表须说明理由"))
		.build((from, action) -> "报表当前状态为「" + from.label() + "」，不能" + action.label());

	private ReportLifecycle() {
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
