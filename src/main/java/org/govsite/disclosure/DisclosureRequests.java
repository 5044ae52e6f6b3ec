package org.govsite.disclosure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.disclosure.FieldRefusal.FieldReason;
import org.govsite.disclosure.RequestLifecycle.Action;
import org.govsite.disclosure.RequestLifecycle.Command;
import org.govsite.disclosure.RequestLifecycle.Status;
import org.govsite.interaction.PublicForms;
import org.govsite.interaction.SubmissionRefusal;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests for disclosure (依申请公开, Regulations Art. 27–45): the API of the disclosure module's request side.
 * <p>
 * Contracts:
 * <ul>
 * <li>{@link #submit}: public, online channel; the day of receipt is the day of submission in Beijing time (the
 * platform confirms at once with the tracking code); idempotent on the client token (a retry returns the first
 * receipt with {@code created = false}); the interaction platform's captcha and abuse limits apply; every field
 * refusal is tied to its field ({@link FieldRefusal}, or {@link SubmissionRefusal} for captcha and limits).</li>
 * <li>{@link #register}: the site's 信息公开办理员 registers a request handed in (the day submitted) or posted (the day
 * signed for).</li>
 * <li>{@link #transition}: one action of {@link RequestLifecycle}, by the site's 信息公开办理员; every move is recorded
 * (who, the day it happened, the note) and audited in the same transaction; the answer generates the decision letter
 * (DOCX), kept as issued.</li>
 * <li>Readers: the site's 信息公开办理员 and the supervisor; the applicant reads the status by tracking code and mobile
 * number.</li>
 * </ul>
 */
@Service
public class DisclosureRequests {

	static final String PUBLIC_ACTOR = "申请人";
	private static final String MOBILE = "1[3-9]\\d{9}";
	private static final String EMAIL = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,}";
	private static final String TOKEN = "[A-Za-z0-9_-]{8,64}";

	private final RequestStore store;
	private final RequestLifecycle lifecycle;
	private final DecisionLetters letters;
	private final PublicForms publicForms;
	private final Sites sites;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DisclosureRequests(RequestStore store, WorkdayCount workdays, DecisionLetters letters, PublicForms publicForms,
			Sites sites, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.lifecycle = new RequestLifecycle(workdays);
		this.workdays = workdays;
		this.letters = letters;
		this.publicForms = publicForms;
		this.sites = sites;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	private final WorkdayCount workdays;

	// ------------------------------------------------------------------ receiving

	/** A request from the public form (see the class contract); {@code sourceIp} is the client's address. */
	public RequestReceipt submit(RequestForm form, @Nullable String sourceIp) {
		if (form.clientToken() != null && form.clientToken().matches(TOKEN)) {
			var existing = store.findByToken(form.clientToken());
			if (existing.isPresent()) {
				return receipt(existing.get(), false);
			}
		}
		publicForms.count("disclosure", "申请", sourceIp, form.mobile());
		var captcha = publicForms.answer(form.captchaToken(), form.captchaAnswer(), sourceIp); // a wrong answer burns it
		return Objects.requireNonNull(transaction.execute(status -> {
			var reasons = new ArrayList<FieldReason>();
			if (form.clientToken() == null || !form.clientToken().matches(TOKEN)) {
				reasons.add(new FieldReason("clientToken", "表单已失效，请刷新页面后重新填写"));
			}
			var site = check(form, reasons);
			captcha.reasons().forEach(r -> reasons.add(new FieldReason(r.field(), r.reason())));
			if (!reasons.isEmpty()) {
				throw new FieldRefusal(Refusal.Kind.INVALID, reasons);
			}
			var request = newRequest(form, Objects.requireNonNull(site), ReceiptChannel.ONLINE, today(),
					form.clientToken(), PUBLIC_ACTOR);
			if (!store.insert(request)) {
				return receipt(store.findByToken(Objects.requireNonNull(form.clientToken())).orElseThrow(), false);
			}
			publicForms.use(captcha);
			received(request, site, PUBLIC_ACTOR);
			return receipt(request, true);
		}));
	}

	/** A request handed in or posted, registered by the site's disclosure office. */
	@Transactional
	public RequestReceipt register(RequestForm form) {
		var user = DisclosureAccess.user();
		var reasons = new ArrayList<FieldReason>();
		var site = check(form, reasons);
		if (form.channel() == null) {
			reasons.add(new FieldReason("channel", "请选择申请方式"));
		}
		if (form.receivedOn() == null) {
			reasons.add(new FieldReason("receivedOn", form.channel() == null ? "请填写收到申请之日"
					: "请填写收到申请之日（" + form.channel().label() + "：以" + form.channel().dayOfReceipt() + "为准）"));
		}
		else if (form.receivedOn().isAfter(today())) {
			reasons.add(new FieldReason("receivedOn", "收到申请之日 " + form.receivedOn() + " 不能晚于今天"));
		}
		if (!reasons.isEmpty()) {
			throw new FieldRefusal(Refusal.Kind.INVALID, reasons);
		}
		DisclosureAccess.requireOfficer(user, Objects.requireNonNull(site).id().value(), "登记政府信息公开申请");
		var request = newRequest(form, site, Objects.requireNonNull(form.channel()),
				Objects.requireNonNull(form.receivedOn()), null, user.username());
		store.insert(request);
		received(request, site, user.username());
		return receipt(request, true);
	}

	private StoredRequest newRequest(RequestForm form, SiteView site, ReceiptChannel channel, LocalDate receivedOn,
			@Nullable String clientToken, String actor) {
		var clockCase = RequestLifecycle.Case.received(receivedOn, workdays);
		return new StoredRequest(UUID.randomUUID(), 0, TrackingCodes.next(), clientToken, site.id().value(),
				Objects.requireNonNull(form.applicantKind()), strip(form.applicantName()), strip(form.idNumber()),
				strip(form.mobile()), blankToNull(form.email()), blankToNull(form.address()), strip(form.description()),
				blankToNull(form.purpose()), Objects.requireNonNull(form.preferredForm()),
				Objects.requireNonNull(form.delivery()), channel, clock.instant(), receivedOn, receivedOn,
				clockCase.deadline().deadline(), clockCase.deadline().provisional(), Status.REGISTERED, null, null, null,
				null, null, 0, 0, null, null, null, null, null, null, false, null, actor);
	}

	private void received(StoredRequest r, SiteView site, String actor) {
		store.recordTransition(r.id(), null, Status.REGISTERED, "登记", r.receivedOn(), actor,
				r.channel().label() + "，以" + r.channel().dayOfReceipt() + "（" + r.receivedOn() + "）为收到申请之日",
				clock.instant());
		audit.recordAs(actor, AuditRecord.of("DISCLOSURE_REQUEST_RECEIVED", "disclosure_request", r.id(),
				"「" + site.name() + "」收到政府信息公开申请 " + r.trackingCode() + "（" + r.channel().label() + "），答复期限 "
						+ r.deadline())
			.withChange(null, summary(r)));
	}

	private @Nullable SiteView check(RequestForm form, List<FieldReason> reasons) {
		SiteView site = null;
		if (form.siteCode() == null || form.siteCode().isBlank()) {
			reasons.add(new FieldReason("siteCode", "请选择受理申请的机关网站"));
		}
		else {
			site = sites.findBySiteCode(form.siteCode().strip()).filter(s -> s.status() == SiteStatus.RUNNING)
				.orElse(null);
			if (site == null) {
				reasons.add(new FieldReason("siteCode", "网站标识码「" + form.siteCode().strip() + "」对应的网站不存在或未运行"));
			}
		}
		if (form.applicantKind() == null) {
			reasons.add(new FieldReason("applicantKind", "请选择申请人类型"));
		}
		text(form.applicantName(), "applicantName",
				form.applicantKind() == ApplicantKind.ORGANISATION ? "单位名称" : "姓名", 100, reasons);
		text(form.idNumber(), "idNumber",
				form.applicantKind() == ApplicantKind.ORGANISATION ? "统一社会信用代码" : "身份证件号码", 40, reasons);
		if (form.mobile() == null || !form.mobile().strip().matches(MOBILE)) {
			reasons.add(new FieldReason("mobile", "请填写正确的 11 位手机号码"));
		}
		if (form.email() != null && !form.email().isBlank() && !form.email().strip().matches(EMAIL)) {
			reasons.add(new FieldReason("email", "电子邮箱格式不正确"));
		}
		text(form.description(), "description", "所需政府信息的名称、文号或者便于查询的其他特征性描述", 2000, reasons);
		if (form.purpose() != null && form.purpose().length() > 500) {
			reasons.add(new FieldReason("purpose", "用途说明不能超过 500 个字"));
		}
		if (form.address() != null && form.address().length() > 200) {
			reasons.add(new FieldReason("address", "通信地址不能超过 200 个字"));
		}
		if (form.preferredForm() == null) {
			reasons.add(new FieldReason("preferredForm", "请选择信息的提供形式"));
		}
		if (form.delivery() == null) {
			reasons.add(new FieldReason("delivery", "请选择获取信息的方式"));
		}
		else if (form.delivery() == Delivery.POST && (form.address() == null || form.address().isBlank())) {
			reasons.add(new FieldReason("address", "选择邮寄须填写通信地址"));
		}
		else if (form.delivery() == Delivery.EMAIL && (form.email() == null || form.email().isBlank())) {
			reasons.add(new FieldReason("email", "选择电子邮件须填写电子邮箱"));
		}
		return site;
	}

	// ------------------------------------------------------------------ the office

	/** The request with its history and the actions open to it; for its readers only. */
	@Transactional(readOnly = true)
	public RequestView get(DisclosureRequestId id) {
		var r = store.find(id.value()).orElseThrow(() -> notFound(id));
		if (!DisclosureAccess.reader(DisclosureAccess.user(), r.siteId())) {
			throw Refusal.forbidden("只有本网站的信息公开办理员和主管单位才能查看该申请");
		}
		return view(r);
	}

	/** The requests the signed-in user reads, newest first, optionally of one status. */
	@Transactional(readOnly = true)
	public List<RequestView> list(@Nullable Status status) {
		var user = DisclosureAccess.user();
		var readable = DisclosureAccess.readableSites(user);
		if (readable != null && readable.isEmpty()) {
			throw Refusal.forbidden("只有信息公开办理员和主管单位才能查看政府信息公开申请");
		}
		var names = new LinkedHashMap<UUID, String>();
		return store.list(readable, status).stream().map(r -> view(r, names)).toList();
	}

	/** The statutory clock of a request; for its readers only. */
	@Transactional(readOnly = true)
	public DeadlineView deadline(DisclosureRequestId id) {
		return get(id).clock();
	}

	/** One action of the lifecycle (see the class contract). */
	@Transactional
	public RequestView transition(DisclosureRequestId id, TransitionForm form) {
		var user = DisclosureAccess.user();
		var r = store.findForUpdate(id.value()).orElseThrow(() -> notFound(id));
		DisclosureAccess.requireOfficer(user, r.siteId(), "办理政府信息公开申请");
		if (form.action() == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var today = today();
		var on = form.on() == null ? today : form.on();
		var command = new Command(form.action(), on, form.note(), form.thirdParty(), form.days(), form.approvedBy(),
				form.outcome(), form.ground(), form.reply());
		var before = r.toCase();
		var after = lifecycle.apply(before, command, today);
		var next = new StoredRequest(r.id(), r.version(), r.trackingCode(), r.clientToken(), r.siteId(),
				r.applicantKind(), r.applicantName(), r.idNumber(), r.mobile(), r.email(), r.address(), r.description(),
				r.purpose(), r.preferredForm(), r.delivery(), r.channel(), r.submittedAt(), r.receivedOn(),
				after.clockStart(), after.deadline().deadline(), after.deadline().provisional(), after.status(),
				after.completionRequestedOn(),
				form.action() == Action.REQUEST_COMPLETION ? strip(form.note()) : r.completionNote(),
				after.consultationStartedOn(), after.consultationDue(),
				form.action() == Action.CONSULT ? strip(form.thirdParty()) : r.thirdParty(), after.pausedDays(),
				after.extensionDays(), form.action() == Action.EXTEND ? strip(form.approvedBy()) : r.extensionApprovedBy(),
				form.action() == Action.EXTEND ? strip(form.note()) : r.extensionReason(), after.answeredOn(),
				after.outcome(), form.action() == Action.ANSWER ? blankToNull(form.ground()) : r.ground(),
				form.action() == Action.ANSWER ? strip(form.reply()) : r.reply(), after.late(), r.escalatedAt(),
				r.registeredBy());
		store.update(next);
		var note = noteOf(form);
		store.recordTransition(r.id(), r.status(), next.status(), form.action().label(), on, user.username(), note,
				clock.instant());
		var site = sites.get(new SiteId(r.siteId()));
		audit.record(AuditRecord.of("DISCLOSURE_REQUEST_TRANSITION", "disclosure_request", r.id(),
				"政府信息公开申请 " + r.trackingCode() + "「" + form.action().label() + "」：" + r.status().label() + " → "
						+ next.status().label() + "，答复期限 " + next.deadline() + (next.late() ? "（逾期答复）" : ""))
			.withChange(summary(r), summary(next)));
		if (form.action() == Action.ANSWER) {
			var letter = letters.write(next, Objects.requireNonNull(next.reply()), site.sponsorUnitName(), on);
			var sha = sha256(letter.content());
			store.saveLetter(r.id(), letter.fileName(), letter.content(), sha, clock.instant());
			audit.record(AuditRecord.of("DISCLOSURE_LETTER_GENERATED", "disclosure_request", r.id(),
					"生成答复告知书 " + letter.fileName() + "（SHA-256 " + sha + "）"));
		}
		return view(store.find(r.id()).orElseThrow());
	}

	/** The decision letter as issued; for the request's readers. */
	@Transactional(readOnly = true)
	public LetterFile letter(DisclosureRequestId id) {
		get(id);
		return store.letter(id.value()).orElseThrow(() -> Refusal.notFound("该申请尚未答复，没有答复告知书"));
	}

	// ------------------------------------------------------------------ the applicant

	/** The status by tracking code and the applicant's mobile number; both must match. */
	@Transactional(readOnly = true)
	public TrackingView track(@Nullable String code, @Nullable String mobile) {
		var r = byCode(code, mobile);
		var site = sites.get(new SiteId(r.siteId()));
		return new TrackingView(r.trackingCode(), site.name(), r.status().label(), r.receivedOn(), r.clock(today()),
				r.outcome() == null ? null : r.outcome().label(), r.answeredOn(), store.hasLetter(r.id()));
	}

	/** The decision letter for the applicant (tracking code and mobile number). */
	@Transactional(readOnly = true)
	public LetterFile letterFor(@Nullable String code, @Nullable String mobile) {
		var r = byCode(code, mobile);
		return store.letter(r.id()).orElseThrow(() -> Refusal.notFound("该申请尚未答复，没有答复告知书"));
	}

	private StoredRequest byCode(@Nullable String code, @Nullable String mobile) {
		var reasons = new ArrayList<FieldReason>();
		if (code == null || code.isBlank()) {
			reasons.add(new FieldReason("trackingCode", "请填写查询码"));
		}
		if (mobile == null || !mobile.strip().matches(MOBILE)) {
			reasons.add(new FieldReason("mobile", "请填写申请时留下的 11 位手机号码"));
		}
		if (!reasons.isEmpty()) {
			throw new FieldRefusal(Refusal.Kind.INVALID, reasons);
		}
		return store.findByCode(TrackingCodes.normalise(Objects.requireNonNull(code)))
			.filter(r -> r.mobile().equals(Objects.requireNonNull(mobile).strip()))
			.orElseThrow(() -> new FieldRefusal(Refusal.Kind.NOT_FOUND,
					List.of(new FieldReason("trackingCode", "查询码与手机号码不匹配，请核对后重试"))));
	}

	// ------------------------------------------------------------------ helpers

	private RequestView view(StoredRequest r) {
		return view(r, new LinkedHashMap<>());
	}

	private RequestView view(StoredRequest r, java.util.Map<UUID, String> names) {
		var siteName = names.computeIfAbsent(r.siteId(), s -> sites.get(new SiteId(s)).name());
		return new RequestView(new DisclosureRequestId(r.id()), r.trackingCode(), new SiteId(r.siteId()), siteName,
				r.applicantKind(), r.applicantName(), r.idNumber(), r.mobile(), r.email(), r.address(), r.description(),
				r.purpose(), r.preferredForm(), r.delivery(), r.channel(), r.submittedAt(), r.receivedOn(),
				r.clockStart(), r.status(), r.clock(today()), r.completionNote(), r.thirdParty(),
				r.extensionApprovedBy(), r.extensionReason(), r.answeredOn(), r.outcome(), r.ground(), r.reply(),
				r.escalatedAt() != null, store.hasLetter(r.id()), store.history(r.id()),
				RequestLifecycle.actionsFrom(r.status()));
	}

	private RequestReceipt receipt(StoredRequest r, boolean created) {
		return new RequestReceipt(new DisclosureRequestId(r.id()), r.trackingCode(), r.receivedOn(), r.deadline(),
				r.provisional(), created);
	}

	private static java.util.Map<String, Object> summary(StoredRequest r) {
		var map = new LinkedHashMap<String, Object>();
		map.put("status", r.status().name());
		map.put("clockStart", r.clockStart().toString());
		map.put("deadline", r.deadline().toString());
		map.put("pausedDays", r.pausedDays());
		map.put("extensionDays", r.extensionDays());
		if (r.outcome() != null) {
			map.put("outcome", r.outcome().name());
			map.put("late", r.late());
		}
		return map;
	}

	private static @Nullable String noteOf(TransitionForm form) {
		var action = Objects.requireNonNull(form.action());
		return switch (action) {
			case CONSULT -> "第三方：" + strip(form.thirdParty()) + (blankToNull(form.note()) == null ? "" : "；" + strip(form.note()));
			case EXTEND -> "延长 " + form.days() + " 个工作日，批准人：" + strip(form.approvedBy()) + "；理由：" + strip(form.note());
			case ANSWER -> Objects.requireNonNull(form.outcome()).label()
					+ (blankToNull(form.ground()) == null ? "" : "；" + strip(form.ground()));
			default -> blankToNull(form.note());
		};
	}

	private LocalDate today() {
		return BeijingTime.today(clock);
	}

	private static Refusal notFound(DisclosureRequestId id) {
		return Refusal.notFound("政府信息公开申请「" + id + "」不存在");
	}

	private static void text(@Nullable String value, String field, String label, int max, List<FieldReason> reasons) {
		if (value == null || value.isBlank()) {
			reasons.add(new FieldReason(field, "请填写" + label));
		}
		else if (value.codePointCount(0, value.length()) > max) {
			reasons.add(new FieldReason(field, label + "不能超过 " + max + " 个字"));
		}
	}

	private static String strip(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
