package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.govsite.assessment.FindingEvidence.FindingKind;
import org.govsite.monitoring.Check;
import org.govsite.monitoring.MonitoringHistory.OpenFinding;
import org.govsite.monitoring.Severity;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which monitoring findings the national indicators count, and as what (no Spring). */
class MonitoringFindingsTests {

	static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
	static final Duration DAY = Duration.ofHours(24);

	static OpenFinding finding(Check check, String kind, Severity severity, boolean onHome, Instant opened,
			@Nullable Instant closed) {
		return new OpenFinding(UUID.randomUUID(), new SiteId(UUID.randomUUID()), check, kind, kind, severity,
				"https://www.example.gov.cn/a.html", null, onHome, null, "证据", opened, closed);
	}

	static @Nullable FindingKind kind(OpenFinding finding) {
		return MonitoringFindings.kind(finding, NOW, DAY).orElse(null);
	}

	@Test
	void brokenLinksCountByWhereTheySitWhateverTheirSeverity() {
		assertThat(kind(finding(Check.LINKS, "BROKEN_LINK", Severity.GENERAL, true, NOW, null)))
			.isEqualTo(FindingKind.BROKEN_LINK_HOME);
		assertThat(kind(finding(Check.LINKS, "BROKEN_LINK", Severity.HINT, false, NOW, null)))
			.isEqualTo(FindingKind.BROKEN_LINK);
	}

	@Test
	void seriousWordingAndIllegalContentAreVetoKindsAtOnce() {
		assertThat(kind(finding(Check.CONTENT, "WORDING_ERROR", Severity.SERIOUS, false, NOW, null)))
			.isEqualTo(FindingKind.SERIOUS_WORDING);
		assertThat(kind(finding(Check.CONTENT, "FALLEN_OFFICIAL", Severity.SERIOUS, false, NOW, null)))
			.isEqualTo(FindingKind.SERIOUS_WORDING);
		assertThat(kind(finding(Check.CONTENT, "GAMBLING_INJECTION", Severity.SERIOUS, false, NOW, null)))
			.isEqualTo(FindingKind.ILLEGAL_CONTENT);
		assertThat(kind(finding(Check.CONTENT, "OUTBOUND_GAMBLING", Severity.SERIOUS, false, NOW, NOW)))
			.isEqualTo(FindingKind.ILLEGAL_CONTENT);
	}

	@Test
	void anAttackCountsOnlyWhenLeftOpenLongerThanTheHandlingTime() {
		var opened = NOW.minus(Duration.ofHours(30));
		assertThat(kind(finding(Check.HIDDEN_LINKS, "HIDDEN_LINK", Severity.SERIOUS, false, opened, null)))
			.isEqualTo(FindingKind.UNHANDLED_ATTACK);
		assertThat(kind(finding(Check.SCRIPTS, "OBFUSCATED_SCRIPT", Severity.SERIOUS, false, opened,
				opened.plus(Duration.ofHours(25))))).isEqualTo(FindingKind.UNHANDLED_ATTACK);
		assertThat(kind(finding(Check.CLOAKING, "CLOAKING", Severity.SERIOUS, false, opened,
				opened.plus(Duration.ofHours(3))))).isNull();
		assertThat(kind(finding(Check.HIDDEN_LINKS, "HIDDEN_LINK", Severity.SERIOUS, false,
				NOW.minus(Duration.ofHours(2)), null))).isNull();
	}

	@Test
	void lesserFindingsAndPersonalDataAreNotVetoKinds() {
		assertThat(kind(finding(Check.CONTENT, "WORDING_ERROR", Severity.GENERAL, false, NOW, null))).isNull();
		assertThat(kind(finding(Check.CONTENT, "TYPO", Severity.SERIOUS, false, NOW, null))).isNull();
		assertThat(kind(finding(Check.CONTENT, "PRIVACY", Severity.SERIOUS, false, NOW, null))).isNull();
		assertThat(kind(finding(Check.SCRIPTS, "UNEXPECTED_SCRIPT_HOST", Severity.GENERAL, false,
				NOW.minus(Duration.ofDays(5)), null))).isNull();
	}
}
