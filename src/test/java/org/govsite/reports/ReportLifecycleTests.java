package org.govsite.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every action of the annual report form from every status, with the exact sentences (no Spring). */
class ReportLifecycleTests {

	static final ReportLifecycle.Facts READY = new ReportLifecycle.Facts(2026, true, "张三", "李四", "王五", "数据有误");
	static final ReportLifecycle.Facts BARE = new ReportLifecycle.Facts(2026, false, null, " ", null, null);

	/** Where each action leads from each status (absent: not allowed). */
	static final Map<ReportAction, Map<ReportStatus, ReportStatus>> EXPECTED = Map.of(
			ReportAction.EDIT, Map.of(ReportStatus.DRAFT, ReportStatus.DRAFT),
			ReportAction.RECOMPUTE, Map.of(ReportStatus.DRAFT, ReportStatus.DRAFT),
			ReportAction.SUBMIT, Map.of(ReportStatus.DRAFT, ReportStatus.SUBMITTED),
			ReportAction.RETURN, Map.of(ReportStatus.SUBMITTED, ReportStatus.DRAFT),
			ReportAction.PUBLISH, Map.of(ReportStatus.SUBMITTED, ReportStatus.PUBLISHED),
			ReportAction.CORRECT, Map.of(ReportStatus.PUBLISHED, ReportStatus.DRAFT));

	@Test
	void everyActionFromEveryStatusLeadsWhereTheTableSaysOrIsRefusedWithTheStatusSentence() {
		for (var action : ReportAction.values()) {
			for (var status : ReportStatus.values()) {
				var to = EXPECTED.get(action).get(status);
				if (to == null) {
					assertThat(ReportLifecycle.TABLE.refusals(status, action, READY))
						.containsExactly("报表当前状态为「" + status.label() + "」，不能" + action.label());
				}
				else {
					assertThat(ReportLifecycle.TABLE.refusals(status, action, READY)).as(action + " from " + status).isEmpty();
					assertThat(ReportLifecycle.TABLE.target(status, action, READY)).contains(to);
				}
			}
		}
	}

	@Test
	void publishingNeedsAnEndedYearAndEverySignOffName() {
		assertThat(ReportLifecycle.TABLE.refusals(ReportStatus.SUBMITTED, ReportAction.PUBLISH, BARE)).containsExactly(
				"2026年度报表须在该年度结束后发布（2027-01-01 起）", "发布前须填写单位负责人", "发布前须填写审核人", "发布前须填写填报人");
	}

	@Test
	void returningAndCorrectingNeedAReason() {
		assertThat(ReportLifecycle.TABLE.refusals(ReportStatus.SUBMITTED, ReportAction.RETURN, BARE))
			.containsExactly("退回修改须说明理由");
		assertThat(ReportLifecycle.TABLE.refusals(ReportStatus.PUBLISHED, ReportAction.CORRECT, BARE))
			.containsExactly("更正已发布的报表须说明理由");
	}

	@Test
	void aPublishedFormIsFrozen() {
		assertThat(ReportLifecycle.TABLE.actionsFrom(ReportStatus.PUBLISHED)).isEqualTo(List.of(ReportAction.CORRECT));
	}

	@Test
	void fieldKeysAreCamelCaseAndUnique() {
		assertThat(ReportField.PUBLIC_SECURITY_FILING.key()).isEqualTo("publicSecurityFiling");
		assertThat(ReportField.MESSAGE_AVERAGE_DAYS.key()).isEqualTo("messageAverageDays");
		assertThat(java.util.Arrays.stream(ReportField.values()).map(ReportField::fullLabel).distinct().count())
			.isEqualTo(ReportField.values().length);
	}
}
