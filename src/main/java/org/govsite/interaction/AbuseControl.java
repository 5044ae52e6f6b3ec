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
	private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile(MOBILE_PATTERN);

	/** An 11-digit mainland mobile number (compiled once: every submission asks several times). */
	static boolean isMobile(@Nullable String text) {
		return text != null && MOBILE.matcher(text).matches();
	}

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
		var ipBucket = ip == null ? null : new Bucket(kind + "-ip:" + ip, now.truncatedTo(ChronoUnit.HOURS));
		var mobileBucket = isMobile(mobile) ? new Bucket(kind + "-mobile:" + mobile, startOfDay())
				: null;
		var hits = hit(java.util.stream.Stream.of(ipBucket, mobileBucket).filter(java.util.Objects::nonNull).toList());
		if (ipBucket != null && hits.getOrDefault(ipBucket.key(), 0) > properties.getSubmissionsPerIpPerHour()) {
			reasons.add(new SubmissionRefusal.FieldReason("form", "提交过于频繁：同一网络地址每小时最多提交 "
					+ properties.getSubmissionsPerIpPerHour() + " 条" + noun + "，请稍后再试"));
		}
		if (mobileBucket != null && hits.getOrDefault(mobileBucket.key(), 0) > properties.getSubmissionsPerMobilePerDay()) {
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

	/** A counter: its key (at most 120 characters) and the start of its window. */
	private record Bucket(String key, Instant window) {
		Bucket {
			key = key.length() > 120 ? key.substring(0, 120) : key;
		}
	}

	private int hit(String bucket, Instant window) {
		var one = new Bucket(bucket, window);
		return hit(java.util.List.of(one)).getOrDefault(one.key(), 0);
	}

	/**
	 * Counts one hit on each bucket in one statement and returns the counts by key. The counts are committed on their
	 * own: as an auto-committed statement when no transaction is running, else in a transaction of their own.
	 */
	private java.util.Map<String, Integer> hit(java.util.List<Bucket> buckets) {
		if (buckets.isEmpty()) {
			return java.util.Map.of();
		}
		// always the same order of rows, so that two statements never wait for each other's second row
		var sorted = buckets.stream().sorted(java.util.Comparator.comparing(Bucket::key)).toList();
		var values = String.join(", ", java.util.Collections.nCopies(sorted.size(), "(?, ?, 1)"));
		var params = new ArrayList<Object>();
		sorted.forEach(b -> {
			params.add(b.key());
			params.add(Timestamp.from(b.window()));
		});
		java.util.function.Supplier<java.util.Map<String, Integer>> count = () -> {
			var counts = new java.util.HashMap<String, Integer>();
			jdbc.sql("INSERT INTO interaction_rate (bucket, window_start, hits) VALUES " + values + """
					 ON CONFLICT (bucket, window_start) DO UPDATE SET hits = interaction_rate.hits + 1
					RETURNING bucket, hits
					""").params(params).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
			return counts;
		};
		return org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
				? java.util.Objects.requireNonNull(ownTransaction.execute(status -> count.get())) : count.get();
	}
}
