package org.govsite.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.MonitoringHistory;
import org.govsite.monitoring.MonitoringHistory.OpenFinding;
import org.govsite.monitoring.Severity;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Component;

/**
 * The monitoring module as the source of serious findings and broken links. A site scanned in the period (a finished
 * scan with a crawl check) has evidence, possibly none found — a real zero; a site with a finding open in the period has
 * evidence too; any other site was not looked at and is left out (「暂无监测数据，未评分」). Only confirmed findings
 * count, never a false positive; which of them count, and as what, is {@link #kind}.
 */
@Component
class MonitoringFindings implements FindingEvidence {

	/** The checks that crawl pages: availability and freshness findings are judged from other sources. */
	static final Set<Check> CRAWL_CHECKS = EnumSet.of(Check.LINKS, Check.CONTENT, Check.HIDDEN_LINKS, Check.SCRIPTS,
			Check.CLOAKING, Check.TAMPER);

	/** 严重表述错误: a protected name or fixed phrase written wrong, a removed official given a current title. */
	static final Set<String> WORDING = Set.of("WORDING_ERROR", "FALLEN_OFFICIAL");
	/** 发布或链接违法有害内容: gambling and pornography on the page, or a link to a gambling site. */
	static final Set<String> ILLEGAL = Set.of("GAMBLING_INJECTION", "PORN_INJECTION", "OUTBOUND_GAMBLING");
	/** Signs that the site was attacked: a veto only when not dealt with in time. */
	static final Set<String> ATTACK = Set.of("HIDDEN_LINK", "SEO_INJECTION", "CLOAKING", "OBFUSCATED_SCRIPT",
			"CONDITIONAL_REDIRECT", "SCRIPT_WRITE", "TAMPERED_FILE");

	private final MonitoringHistory history;
	private final Clock clock;
	private final Duration handleWithin;

	MonitoringFindings(MonitoringHistory history, Clock clock, AssessmentProperties properties) {
		this.history = history;
		this.clock = clock;
		this.handleWithin = Duration.ofMinutes(
				Math.round(RuleTable.from(properties).line("attack-handling-hours") * 60));
	}

	@Override
	public Map<SiteId, List<FindingFact>> findings(Collection<SiteId> sites, AssessmentPeriod period) {
		var from = period.from().atStartOfDay(BeijingTime.ZONE).toInstant();
		var to = period.to().plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
		var result = new HashMap<SiteId, List<FindingFact>>();
		history.scanned(sites, CRAWL_CHECKS, from, to).forEach(site -> result.put(site, new ArrayList<>()));
		var now = clock.instant();
		history.openFindings(sites, CRAWL_CHECKS, from, to).forEach((site, found) -> {
			var facts = result.computeIfAbsent(site, s -> new ArrayList<>());
			for (var finding : found) {
				kind(finding, now, handleWithin).ifPresent(kind -> facts.add(new FindingFact(finding.id().toString(),
						kind, title(finding), finding.url(), finding.openedAt().atZone(BeijingTime.ZONE).toLocalDate())));
			}
		});
		return result;
	}

	/**
	 * What a monitoring finding is for the national indicators, if anything. Broken links (confirmed ones only: 404,
	 * 403 or confirmed on re-check) count by where they sit. For the security veto only serious findings count: wording
	 * errors, illegal content, and signs of an attack left open longer than {@code handleWithin} (未及时处置; an attack
	 * fixed within it was handled). Not counted: personal data (个人信息 is not a state secret — monitoring has no kind
	 * for 泄露国家秘密), typos and banned or sensitive words, and anything not serious; monitoring has no kind for forged
	 * publication dates either.
	 */
	static Optional<FindingKind> kind(OpenFinding finding, Instant now, Duration handleWithin) {
		if (finding.check() == Check.LINKS) {
			return finding.kind().equals("BROKEN_LINK")
					? Optional.of(finding.onHomePage() ? FindingKind.BROKEN_LINK_HOME : FindingKind.BROKEN_LINK)
					: Optional.empty();
		}
		if (finding.severity() != Severity.SERIOUS) {
			return Optional.empty();
		}
		if (WORDING.contains(finding.kind())) {
			return Optional.of(FindingKind.SERIOUS_WORDING);
		}
		if (ILLEGAL.contains(finding.kind())) {
			return Optional.of(FindingKind.ILLEGAL_CONTENT);
		}
		if (ATTACK.contains(finding.kind())) {
			var until = finding.closedAt() == null ? now : finding.closedAt();
			return Duration.between(finding.openedAt(), until).compareTo(handleWithin) > 0
					? Optional.of(FindingKind.UNHANDLED_ATTACK)
					: Optional.empty();
		}
		return Optional.empty();
	}

	/** The kind in monitoring's words and its evidence (the broken target and its page, the offending snippet). */
	static String title(OpenFinding finding) {
		var evidence = finding.evidence().strip();
		return finding.kindLabel() + "：" + (evidence.length() > 160 ? evidence.substring(0, 160) + "…" : evidence);
	}
}
