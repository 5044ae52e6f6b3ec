package org.govsite.interaction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govsite.interaction.SubmissionRefusal.FieldReason;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one path of every citizen input (留言, 意见, 提问): a retry with the client token answers with the first receipt;
 * the attempt is counted against the rate limits of its kind; the captcha is checked before the transaction (a wrong
 * answer burns it) and used in it; a per-mobile lock serialises a double click; every field reason is collected at
 * once; the same content from one number within the duplicate window is refused. What differs by kind — the table,
 * the fields, the noun, the limits — is the {@link Submission}'s.
 */
@Component
class CitizenIntake {

	static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{8,64}";
	private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile(TOKEN_PATTERN);

	/** The advisory-lock key space of citizen inputs (one per mobile number, whatever the kind). */
	private static final int LOCK_SPACE = 4242;

	/** A kind of citizen input: the name of its rate counters and the word the citizen reads in a refusal. */
	record Kind(String counter, String noun) {

		static final Kind MESSAGE = new Kind("submit", "留言");
		static final Kind OPINION = new Kind("opinion", "意见");
		static final Kind QUESTION = new Kind("question", "提问");
	}

	/** One input as typed, and how the table of its kind answers for it. */
	interface Submission<R> {

		@Nullable String clientToken();

		@Nullable String mobile();

		@Nullable String captchaToken();

		@Nullable String captchaAnswer();

		/** The receipt of the input already stored under this token ({@code created = false}), if any. */
		@Nullable R stored(String token);

		/** Why what the input is for takes none now (a period, a status); read inside the transaction. */
		default List<FieldReason> closed() {
			return List.of();
		}

		/** Every reason against what was typed, in field order. */
		List<FieldReason> fieldReasons();

		/** Whether the same content came from this number since then. */
		boolean duplicate(String mobile, Instant since);

		/** Stores and audits the input; null when a twin with the same token was stored first. */
		@Nullable R insert(Instant now);
	}

	private final CaptchaGate captcha;
	private final AbuseControl abuse;
	private final InteractionProperties properties;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CitizenIntake(CaptchaGate captcha, AbuseControl abuse, InteractionProperties properties, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.captcha = captcha;
		this.abuse = abuse;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	static boolean validToken(@Nullable String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/** Receives one input (see the class contract); the receipt is committed before it is returned. */
	<R> R receive(Kind kind, Submission<R> input, @Nullable String sourceIp) {
		var token = input.clientToken();
		if (validToken(token)) {
			var existing = input.stored(Objects.requireNonNull(token));
			if (existing != null) {
				return existing;
			}
		}
		abuse.countSubmission(kind.counter(), kind.noun(), sourceIp, input.mobile() == null ? null : input.mobile().strip());
		var answer = captcha.check(input.captchaToken(), input.captchaAnswer(), sourceIp); // a wrong answer burns it here
		return Objects.requireNonNull(transaction.execute(status -> store(kind, input, answer)));
	}

	private <R> R store(Kind kind, Submission<R> input, CaptchaAnswer answer) {
		var closed = input.closed();
		// a double click: the twin may have stored this input (and used its captcha) meanwhile; answer with its receipt
		if (validToken(input.clientToken()) && input.mobile() != null) {
			lock(input.mobile().strip());
			var twin = input.stored(Objects.requireNonNull(input.clientToken()));
			if (twin != null) {
				return twin;
			}
		}
		var reasons = new ArrayList<>(input.fieldReasons());
		reasons.addAll(answer.reasons());
		if (!closed.isEmpty()) {
			var all = new ArrayList<>(closed);
			all.addAll(reasons);
			throw new SubmissionRefusal(reasons.isEmpty() ? Refusal.Kind.CONFLICT : Refusal.Kind.INVALID, all);
		}
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, reasons);
		}
		// here the token and the mobile number are valid, so the number is locked and no twin was stored (above)
		var token = Objects.requireNonNull(input.clientToken());
		var mobile = Objects.requireNonNull(input.mobile()).strip();
		var now = clock.instant();
		var window = properties.getDuplicateWindow();
		if (input.duplicate(mobile, now.minus(window))) {
			throw new SubmissionRefusal(Refusal.Kind.CONFLICT, List.of(new FieldReason("content",
					"您在 " + window.toMinutes() + " 分钟内已提交过相同内容的" + kind.noun() + "，请勿重复提交")));
		}
		var receipt = input.insert(now);
		if (receipt == null) {
			return Objects.requireNonNull(input.stored(token));
		}
		captcha.use(Objects.requireNonNull(answer.token()));
		return receipt;
	}

	/** Serialises submissions from one mobile number until the transaction ends. */
	private void lock(String mobile) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))").params(LOCK_SPACE, mobile).query().singleRow();
	}

	// ------------------------------------------------------------------ field rules every kind shares

	/** The reasons against the fields of an opinion or question: the form's token, name, mobile and content. */
	static List<FieldReason> personReasons(PublicInput input, String contentLabel, int contentMax) {
		var reasons = new ArrayList<FieldReason>();
		if (!validToken(input.clientToken())) {
			reasons.add(expiredForm());
		}
		text(input.name(), "name", "姓名", MessageIntake.NAME_MAX, reasons);
		if (input.mobile() == null || !AbuseControl.isMobile(input.mobile().strip())) {
			reasons.add(wrongMobile());
		}
		text(input.content(), "content", contentLabel, contentMax, reasons);
		return reasons;
	}

	static FieldReason expiredForm() {
		return new FieldReason("clientToken", "表单已失效，请刷新页面后重新填写");
	}

	static FieldReason wrongMobile() {
		return new FieldReason("mobile", "请填写正确的 11 位手机号码");
	}

	/** A required text field of at most {@code max} characters. */
	static void text(@Nullable String value, String field, String label, int max, List<FieldReason> reasons) {
		if (value == null || value.isBlank()) {
			reasons.add(new FieldReason(field, "请填写" + label));
		}
		else if (value.codePointCount(0, value.length()) > max) {
			reasons.add(new FieldReason(field, label + "不能超过 " + max + " 个字"));
		}
	}
}
