package org.govsite.interaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.interaction.MessageLifecycle.Status;
import org.govsite.interaction.SubmissionRefusal.FieldReason;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of messages (留言, Measures Art. 13).
 * <p>
 * Contracts:
 * <ul>
 * <li>{@link #submit}: public, through {@link CitizenIntake} like every citizen input: idempotent on the client token
 * (a retry returns the first message with {@code created = false}); the message is committed before the receipt is
 * returned; rate limits per address and mobile number, duplicate content from one number within 10 minutes and a
 * wrong or used captcha are refused with Chinese reasons tied to form fields ({@link SubmissionRefusal}). Text is
 * stored exactly as typed.</li>
 * <li>{@link #status}: the citizen's own message by query code and mobile number.</li>
 * <li>{@link #published}: only 已公开 messages, with personal data masked.</li>
 * </ul>
 */
@Service
public class MessageIntake {

	static final int TITLE_MAX = 100;
	static final int CONTENT_MAX = 5000;
	static final int NAME_MAX = 30;
	private static final java.util.regex.Pattern EMAIL_PATTERN = java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,}");

	private final MessageStore store;
	private final CalendarDeadlines deadlines;
	private final CitizenIntake intake;
	private final AbuseControl abuse;
	private final MessageNames names;
	private final Sites sites;
	private final AuditTrail audit;
	private final Clock clock;

	MessageIntake(MessageStore store, CalendarDeadlines deadlines, CitizenIntake intake, AbuseControl abuse,
			MessageNames names, Sites sites, AuditTrail audit, Clock clock) {
		this.store = store;
		this.deadlines = deadlines;
		this.intake = intake;
		this.abuse = abuse;
		this.names = names;
		this.sites = sites;
		this.audit = audit;
		this.clock = clock;
	}

	/** Receives a citizen's message (see the class contract). {@code sourceIp} is the client's address. */
	public SubmissionReceipt submit(MessageSubmission form, @Nullable String sourceIp) {
		return intake.receive(CitizenIntake.Kind.MESSAGE, new Submitted(form, sourceIp), sourceIp);
	}

	/** A message as {@link CitizenIntake} sees it. */
	private final class Submitted implements CitizenIntake.Submission<SubmissionReceipt> {

		private final MessageSubmission form;
		private final @Nullable String sourceIp;
		private @Nullable SiteView site;

		Submitted(MessageSubmission form, @Nullable String sourceIp) {
			this.form = form;
			this.sourceIp = sourceIp;
		}

		@Override
		public @Nullable String clientToken() {
			return form.clientToken();
		}

		@Override
		public @Nullable String mobile() {
			return form.mobile();
		}

		@Override
		public @Nullable String captchaToken() {
			return form.captchaToken();
		}

		@Override
		public @Nullable String captchaAnswer() {
			return form.captchaAnswer();
		}

		@Override
		public @Nullable SubmissionReceipt stored(String token) {
			return store.findByClientToken(token).map(m -> receipt(m, false)).orElse(null);
		}

		@Override
		public List<FieldReason> fieldReasons() {
			var reasons = new ArrayList<FieldReason>();
			site = checkForm(form, reasons);
			return reasons;
		}

		@Override
		public boolean duplicate(String mobile, Instant since) {
			return store.duplicateSince(mobile, contentHash(), since);
		}

		@Override
		public @Nullable SubmissionReceipt insert(Instant now) {
			var receivedOn = LocalDate.ofInstant(now, clock.getZone());
			var category = Objects.requireNonNull(form.category());
			var deadline = deadlines.initial(receivedOn, category);
			var message = new StoredMessage(UUID.randomUUID(), 0, form.clientToken(), QueryCodes.next(),
					site == null ? null : site.id().value(), category,
					category == MessageCategory.ERROR_REPORT ? form.problemType() : null, form.title(), form.content(),
					form.name(), form.mobile(), blankToNull(form.email()), form.publishConsent(), Status.RECEIVED, now,
					receivedOn, deadline.deadline(), deadline.provisional(), deadlines.cap(receivedOn), null,
					MessageLifecycle.Extension.NONE, null, null, null, null, null, null, null, null, false, null);
			if (!store.insertIfNew(message, sourceIp, contentHash())) {
				return null;
			}
			store.recordTransition(message.id(), null, Status.RECEIVED, "SUBMIT", Actor.PUBLIC, null, now);
			audit.recordAs(Actor.PUBLIC, AuditRecord.of("MESSAGE_RECEIVED", "interaction_message", message.id(),
					"收到" + (site == null ? "平台" : "「" + site.name() + "」") + "的" + category.label() + "留言，办理期限 "
							+ deadline.deadline())
				.withChange(null, Messages.summary(message.status(), message.category(), message.deadline(), null,
						MessageLifecycle.Extension.NONE, false)));
			return receipt(message, true);
		}

		private String contentHash() {
			return sha256(Objects.requireNonNull(form.content()).strip());
		}
	}

	private @Nullable SiteView checkForm(MessageSubmission form, List<FieldReason> reasons) {
		SiteView site = null;
		if (form.siteCode() != null && !form.siteCode().isBlank()) {
			site = sites.findBySiteCode(form.siteCode().strip()).filter(s -> s.status() == SiteStatus.RUNNING).orElse(null);
			if (site == null) {
				reasons.add(new FieldReason("siteCode", "网站标识码「" + form.siteCode().strip() + "」对应的网站不存在或未运行，无法留言"));
			}
		}
		if (!CitizenIntake.validToken(form.clientToken())) {
			reasons.add(CitizenIntake.expiredForm());
		}
		if (form.category() == null) {
			reasons.add(new FieldReason("category", "请选择留言类别"));
		}
		else if (form.category() == MessageCategory.ERROR_REPORT && form.problemType() == null) {
			reasons.add(new FieldReason("problemType", "“我为政府网站找错”须选择问题类型"));
		}
		CitizenIntake.text(form.title(), "title", "留言标题", TITLE_MAX, reasons);
		CitizenIntake.text(form.content(), "content", "留言内容", CONTENT_MAX, reasons);
		CitizenIntake.text(form.name(), "name", "姓名", NAME_MAX, reasons);
		if (!AbuseControl.isMobile(form.mobile())) {
			reasons.add(CitizenIntake.wrongMobile());
		}
		if (form.email() != null && !form.email().isBlank() && !EMAIL_PATTERN.matcher(form.email().strip()).matches()) {
			reasons.add(new FieldReason("email", "电子邮箱格式不正确"));
		}
		return site;
	}

	/** The citizen's view of a message, by query code and the mobile number it was sent from. */
	@Transactional(readOnly = true)
	public MessageStatusView status(@Nullable String queryCode, @Nullable String mobile, @Nullable String sourceIp) {
		abuse.countStatusLookup(sourceIp);
		return view(own(queryCode, mobile));
	}

	/**
	 * 满意度评价: the citizen who sent an answered message (known by its query code and mobile number) rates the answer
	 * once — 满意, 基本满意 or 不满意, the last with a reason. Audited as the public; feeds the statistics.
	 */
	@Transactional
	public MessageStatusView rate(@Nullable String queryCode, @Nullable String mobile, @Nullable Satisfaction rating,
			@Nullable String reason, @Nullable String sourceIp) {
		abuse.countStatusLookup(sourceIp);
		var message = own(queryCode, mobile);
		var reasons = new ArrayList<FieldReason>();
		var why = reason == null || reason.isBlank() ? null : reason.strip();
		if (rating == null) {
			reasons.add(new FieldReason("rating", "请选择满意、基本满意或不满意"));
		}
		else if (rating == Satisfaction.UNSATISFIED && why == null) {
			reasons.add(new FieldReason("reason", "选择「不满意」时请填写原因，以便改进"));
		}
		if (why != null && why.length() > 500) {
			reasons.add(new FieldReason("reason", "原因不能超过 500 个字"));
		}
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, reasons);
		}
		if (message.status() != Status.ANSWERED && message.status() != Status.PUBLISHED) {
			throw new SubmissionRefusal(Refusal.Kind.CONFLICT,
					List.of(new FieldReason("rating", "留言答复后才能评价，当前状态：" + message.status().label())));
		}
		if (!store.rate(message.id(), rating, why, clock.instant())) {
			throw new SubmissionRefusal(Refusal.Kind.CONFLICT, List.of(new FieldReason("rating", "该留言已评价过，感谢您的反馈")));
		}
		audit.recordAs(Actor.PUBLIC, AuditRecord.of("MESSAGE_RATED", "interaction_message",
				message.id(), "留言「" + PersonalDataMask.text(message.title()) + "」的答复获评「" + rating.label() + "」"
						+ (why == null ? "" : "：" + PersonalDataMask.text(why))));
		return view(message);
	}

	private StoredMessage own(@Nullable String queryCode, @Nullable String mobile) {
		var reasons = new ArrayList<FieldReason>();
		if (queryCode == null || queryCode.isBlank()) {
			reasons.add(new FieldReason("queryCode", "请填写查询码"));
		}
		if (mobile == null || !AbuseControl.isMobile(mobile.strip())) {
			reasons.add(CitizenIntake.wrongMobile());
		}
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, reasons);
		}
		return store.findByQueryCode(QueryCodes.normalise(queryCode))
			.filter(m -> MessageDigest.isEqual(m.mobile().getBytes(StandardCharsets.UTF_8),
					mobile.strip().getBytes(StandardCharsets.UTF_8)))
			.orElseThrow(() -> new SubmissionRefusal(Refusal.Kind.NOT_FOUND,
					List.of(new FieldReason("queryCode", "查询码与手机号码不匹配，未找到留言"))));
	}

	private MessageStatusView view(StoredMessage message) {
		boolean answered = message.status() == Status.ANSWERED || message.status() == Status.PUBLISHED;
		var rating = store.rating(message.id());
		return new MessageStatusView(message.queryCode(), message.category(), message.title(), message.status(),
				message.receivedAt(), message.deadline(), message.deadlineProvisional(),
				answered ? message.reply() : null, message.status() == Status.REJECTED ? message.rejection() : null,
				message.closedAt(), rating.map(MessageStore.Rating::rating).orElse(null),
				rating.map(MessageStore.Rating::reason).orElse(null));
	}

	/** Published questions and answers of a site (by 网站标识码), or the platform-wide ones when {@code null}. */
	@Transactional(readOnly = true)
	public List<PublishedMessage> published(@Nullable String siteCode) {
		return published(siteCode, null, null);
	}

	/** The same, of one category and with a keyword in the title or the reply when given (留言公开 search). */
	@Transactional(readOnly = true)
	public List<PublishedMessage> published(@Nullable String siteCode, @Nullable MessageCategory category,
			@Nullable String keyword) {
		UUID site = null;
		if (siteCode != null) {
			site = sites.findBySiteCode(siteCode).orElseThrow(() -> Refusal.notFound("网站不存在")).id().value();
		}
		var q = keyword == null || keyword.isBlank() ? null : keyword.strip();
		if (q != null && q.length() > 50) {
			throw Refusal.invalid("搜索关键词不能超过 50 个字");
		}
		// candidates by SQL; the keyword must then be in what the page shows (personal data masked), so that no one
		// finds a message by a phone number or name the page hides
		var rows = store.published(site, category, q, q == null ? 200 : 2000);
		var unitNames = names.units();
		return rows.stream()
			.map(m -> new PublishedMessage(m.messageId(), m.category(), PersonalDataMask.text(m.title()),
					PersonalDataMask.text(m.content()), PersonalDataMask.name(m.name()), m.receivedOn(),
					PersonalDataMask.text(m.reply() == null ? "" : m.reply()),
					m.unitId() == null ? null : unitNames.apply(m.unitId()),
					m.closedAt() == null ? null : LocalDate.ofInstant(m.closedAt(), org.govsite.shared.BeijingTime.ZONE),
					Objects.requireNonNull(m.publishedAt())))
			.filter(m -> q == null || m.title().toLowerCase(java.util.Locale.ROOT).contains(q.toLowerCase(java.util.Locale.ROOT))
					|| m.reply().toLowerCase(java.util.Locale.ROOT).contains(q.toLowerCase(java.util.Locale.ROOT)))
			.limit(200)
			.toList();
	}

	private static SubmissionReceipt receipt(StoredMessage m, boolean created) {
		return new SubmissionReceipt(m.messageId(), m.queryCode(), created, m.status(), m.receivedAt(), m.deadline());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
