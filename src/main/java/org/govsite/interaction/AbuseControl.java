package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate limits without outside services: fixed-window counters in PostgreSQL (so they hold across nodes), counted in
 * their own transaction so that a later refusal of the same request does not undo the count.
 */
@Component
class AbuseControl {

	static final String MOBILE_PATTERN = "1[3-9]\\d{9}";

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final InteractionProperties properties;
	private final Clock clock;

	AbuseControl(JdbcClient jdbc, PlatformTransactionManager transactions, InteractionProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts a submission attempt of one kind (its own counters: {@code kind-ip:…}, {@code kind-mobile:…}) with the
	 * same limits as messages; {@code noun} names it in the refusal (留言, 意见, 提问).
	 */
	void countSubmission(String kind, String noun, @Nullable String ip, @Nullable String mobile) {
		var reasons = new ArrayList<SubmissionRefusal.FieldReason>();
		var now = clock.instant();
		if (ip != null && hit(kind + "-ip:" + ip, now.truncatedTo(ChronoUnit.HOURS)) > properties.getSubmissionsPerIpPerHour()) {
			reasons.add(new SubmissionRefusal.FieldReason("form", "提交过于频繁：同一网络地址每小时最多提交 "
					+ properties.getSubmissionsPerIpPerHour() + " 条" + noun + "，请稍后再试"));
		}
		if (mobile != null && mobile.matches(MOBILE_PATTERN)
				&& hit(kind + "-mobile:" + mobile, startOfDay()) > properties.getSubmissionsPerMobilePerDay()) {
			reasons.add(new SubmissionRefusal.FieldReason("mobile", "该手机号码今日提交的" + noun + "已达 "
					+ properties.getSubmissionsPerMobilePerDay() + " 条上限，请明日再试"));
		}
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(org.govsite.shared.Refusal.Kind.TOO_MANY, reasons);
		}
	}

	/** Counts a status look-up from this address; refuses when the hourly limit is passed. */
	void countStatusLookup(@Nullable String ip) {
		if (ip != null && hit("status-ip:" + ip, clock.instant().truncatedTo(ChronoUnit.HOURS))
				> properties.getStatusLookupsPerIpPerHour()) {
			throw new SubmissionRefusal(org.govsite.shared.Refusal.Kind.TOO_MANY, java.util.List.of(
					new SubmissionRefusal.FieldReason("form", "查询过于频繁，请稍后再试")));
		}
	}

	/** Counts a captcha question issued to this address; refuses when the hourly limit is passed. */
	void countChallenge(@Nullable String ip) {
		if (ip != null && hit("challenge-ip:" + ip, clock.instant().truncatedTo(ChronoUnit.HOURS))
				> properties.getChallengesPerIpPerHour()) {
			throw new SubmissionRefusal(org.govsite.shared.Refusal.Kind.TOO_MANY, java.util.List.of(
					new SubmissionRefusal.FieldReason("form", "获取验证问题过于频繁，请一小时后再试")));
		}
	}

	/** Drops counters of windows that ended long ago and captcha nonces that expired. */
	void purge() {
		var before = clock.instant().minus(Duration.ofDays(2));
		jdbc.sql("DELETE FROM interaction_rate WHERE window_start < ?").param(Timestamp.from(before)).update();
		jdbc.sql("DELETE FROM interaction_captcha_used WHERE expires_at < ?").param(Timestamp.from(clock.instant())).update();
	}

	private Instant startOfDay() {
		return LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
	}

	private int hit(String bucket, Instant window) {
		Integer hits = ownTransaction.execute(status -> jdbc.sql("""
				INSERT INTO interaction_rate (bucket, window_start, hits) VALUES (?, ?, 1)
				ON CONFLICT (bucket, window_start) DO UPDATE SET hits = interaction_rate.hits + 1
				RETURNING hits
				""").params(bucket.length() > 120 ? bucket.substring(0, 120) : bucket, Timestamp.from(window))
			.query(Integer.class).single());
		return hits == null ? 0 : hits;
	}
}
