package org.govsite.interaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.interaction.MessageLifecycle.Action;
import org.govsite.interaction.MessageLifecycle.Status;
import org.govsite.interaction.SubmissionRefusal.FieldReason;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interaction platform's API (Measures Art. 13).
 * <p>
 * Contracts:
 * <ul>
 * <li>{@link #submit}: public, idempotent on the client token (a retry returns the first message with
 * {@code created = false}); the message is committed before the receipt is returned; rate limits per address and
 * mobile number, duplicate content from one number within 10 minutes and a wrong or used captcha are refused with
 * Chinese reasons tied to form fields ({@link SubmissionRefusal}). Text is stored exactly as typed.</li>
 * <li>{@link #transition}: one action of {@link MessageLifecycle}; responders of the site (or platform-wide, or of the
 * responsible unit) act, the site's 初审 signs off replies, the supervisor approves extensions; every move is recorded
 * (who, when, comment) and audited in the same transaction.</li>
 * <li>Readers: responders of the site or unit, the site's 初审, the supervisor (everything).</li>
 * <li>{@link #published}: only 已公开 messages, with personal data masked.</li>
 * </ul>
 */
@Service
public class Messages {

	static final int TITLE_MAX = 100;
	static final int CONTENT_MAX = 5000;
	static final int NAME_MAX = 30;
	private static final String EMAIL_PATTERN = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,}";
	private static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{8,64}";

	private final MessageStore store;
	private final MessageLifecycle lifecycle;
	private final CalendarDeadlines deadlines;
	private final CaptchaGate captcha;
	private final AbuseControl abuse;
	private final InteractionProperties properties;
	private final Sites sites;
	private final Units units;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Messages(MessageStore store, MessageLifecycle lifecycle, CalendarDeadlines deadlines, CaptchaGate captcha,
			AbuseControl abuse, InteractionProperties properties, Sites sites, Units units, AuditTrail audit,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.lifecycle = lifecycle;
		this.deadlines = deadlines;
		this.captcha = captcha;
		this.abuse = abuse;
		this.properties = properties;
		this.sites = sites;
		this.units = units;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// ------------------------------------------------------------------ public side

	/** Receives a citizen's message (see the class contract). {@code sourceIp} is the client's address. */
	public SubmissionReceipt submit(MessageSubmission form, @Nullable String sourceIp) {
		var token = form.clientToken();
		if (token != null && token.matches(TOKEN_PATTERN)) {
			var existing = store.findByClientToken(token);
			if (existing.isPresent()) {
				return receipt(existing.get(), false);
			}
		}
		abuse.countSubmission(sourceIp, form.mobile());
		var checked = captcha.check(form.captchaToken(), form.captchaAnswer(), sourceIp); // a wrong answer burns it here
		var receipt = transaction.execute(status -> store(form, checked, sourceIp));
		return java.util.Objects.requireNonNull(receipt);
	}

	private SubmissionReceipt store(MessageSubmission form, CaptchaAnswer checked, @Nullable String sourceIp) {
		// a double click: the twin may have stored this form (and used its captcha) meanwhile; answer with its receipt
		if (form.clientToken() != null && form.clientToken().matches(TOKEN_PATTERN) && form.mobile() != null) {
			jdbc.sql("SELECT pg_advisory_xact_lock(4242, hashtext(?))").param(form.mobile()).query().singleRow();
			var twin = store.findByClientToken(form.clientToken());
			if (twin.isPresent()) {
				return receipt(twin.get(), false);
			}
		}
		var reasons = new ArrayList<FieldReason>();
		var site = checkForm(form, reasons);
		reasons.addAll(checked.reasons());
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, reasons);
		}
		var now = clock.instant();
		var contentHash = sha256(form.content().strip());
		jdbc.sql("SELECT pg_advisory_xact_lock(4242, hashtext(?))").param(form.mobile()).query().singleRow();
		var raced = store.findByClientToken(form.clientToken());
		if (raced.isPresent()) {
			return receipt(raced.get(), false);
		}
		if (store.duplicateSince(form.mobile(), contentHash, now.minus(properties.getDuplicateWindow()))) {
			throw new SubmissionRefusal(Refusal.Kind.CONFLICT, List.of(new FieldReason("content",
					"您在 " + properties.getDuplicateWindow().toMinutes() + " 分钟内已提交过相同内容的留言，请勿重复提交")));
		}
		var receivedOn = LocalDate.ofInstant(now, clock.getZone());
		var category = java.util.Objects.requireNonNull(form.category());
		var deadline = deadlines.initial(receivedOn, category);
		var message = new StoredMessage(UUID.randomUUID(), 0, form.clientToken(), QueryCodes.next(),
				site == null ? null : site.id().value(), category,
				category == MessageCategory.ERROR_REPORT ? form.problemType() : null, form.title(), form.content(),
				form.name(), form.mobile(), blankToNull(form.email()), form.publishConsent(), Status.RECEIVED, now,
				receivedOn, deadline.deadline(), deadline.provisional(), deadlines.cap(receivedOn), null,
				MessageLifecycle.Extension.NONE, null, null, null, null, null, null, null, null, false, null);
		if (!store.insertIfNew(message, sourceIp, contentHash)) {
			return receipt(store.findByClientToken(form.clientToken()).orElseThrow(), false);
		}
		captcha.use(java.util.Objects.requireNonNull(checked.token()));
		store.recordTransition(message.id(), null, Status.RECEIVED, "SUBMIT", Actor.PUBLIC, null, now);
		audit.recordAs(Actor.PUBLIC, AuditRecord.of("MESSAGE_RECEIVED", "interaction_message", message.id(),
				"收到" + (site == null ? "平台" : "「" + site.name() + "」") + "的" + category.label() + "留言，办理期限 "
						+ deadline.deadline())
			.withChange(null, summary(message.status(), message.category(), message.deadline(), null,
					MessageLifecycle.Extension.NONE, false)));
		return receipt(message, true);
	}

	private @Nullable SiteView checkForm(MessageSubmission form, List<FieldReason> reasons) {
		SiteView site = null;
		if (form.siteCode() != null && !form.siteCode().isBlank()) {
			site = sites.findBySiteCode(form.siteCode().strip()).filter(s -> s.status() == SiteStatus.RUNNING).orElse(null);
			if (site == null) {
				reasons.add(new FieldReason("siteCode", "网站标识码「" + form.siteCode().strip() + "」对应的网站不存在或未运行，无法留言"));
			}
		}
		if (form.clientToken() == null || !form.clientToken().matches(TOKEN_PATTERN)) {
			reasons.add(new FieldReason("clientToken", "表单已失效，请刷新页面后重新填写"));
		}
		if (form.category() == null) {
			reasons.add(new FieldReason("category", "请选择留言类别"));
		}
		else if (form.category() == MessageCategory.ERROR_REPORT && form.problemType() == null) {
			reasons.add(new FieldReason("problemType", "“我为政府网站找错”须选择问题类型"));
		}
		text(form.title(), "title", "留言标题", TITLE_MAX, reasons);
		text(form.content(), "content", "留言内容", CONTENT_MAX, reasons);
		text(form.name(), "name", "姓名", NAME_MAX, reasons);
		if (form.mobile() == null || !form.mobile().matches(AbuseControl.MOBILE_PATTERN)) {
			reasons.add(new FieldReason("mobile", "请填写正确的 11 位手机号码"));
		}
		if (form.email() != null && !form.email().isBlank() && !form.email().strip().matches(EMAIL_PATTERN)) {
			reasons.add(new FieldReason("email", "电子邮箱格式不正确"));
		}
		return site;
	}

	private static void text(@Nullable String value, String field, String label, int max, List<FieldReason> reasons) {
		if (value == null || value.isBlank()) {
			reasons.add(new FieldReason(field, "请填写" + label));
		}
		else if (value.codePointCount(0, value.length()) > max) {
			reasons.add(new FieldReason(field, label + "不能超过 " + max + " 个字"));
		}
	}

	/** The citizen's view of a message, by query code and the mobile number it was sent from. */
	@Transactional(readOnly = true)
	public MessageStatusView status(@Nullable String queryCode, @Nullable String mobile, @Nullable String sourceIp) {
		abuse.countStatusLookup(sourceIp);
		var reasons = new ArrayList<FieldReason>();
		if (queryCode == null || queryCode.isBlank()) {
			reasons.add(new FieldReason("queryCode", "请填写查询码"));
		}
		if (mobile == null || !mobile.strip().matches(AbuseControl.MOBILE_PATTERN)) {
			reasons.add(new FieldReason("mobile", "请填写正确的 11 位手机号码"));
		}
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, reasons);
		}
		var message = store.findByQueryCode(QueryCodes.normalise(queryCode))
			.filter(m -> MessageDigest.isEqual(m.mobile().getBytes(StandardCharsets.UTF_8),
					mobile.strip().getBytes(StandardCharsets.UTF_8)))
			.orElseThrow(() -> new SubmissionRefusal(Refusal.Kind.NOT_FOUND,
					List.of(new FieldReason("queryCode", "查询码与手机号码不匹配，未找到留言"))));
		boolean answered = message.status() == Status.ANSWERED || message.status() == Status.PUBLISHED;
		return new MessageStatusView(message.queryCode(), message.category(), message.title(), message.status(),
				message.receivedAt(), message.deadline(), message.deadlineProvisional(),
				answered ? message.reply() : null, message.status() == Status.REJECTED ? message.rejection() : null,
				message.closedAt());
	}

	/** Published questions and answers of a site (by 网站标识码), or the platform-wide ones when {@code null}. */
	@Transactional(readOnly = true)
	public List<PublishedMessage> published(@Nullable String siteCode) {
		List<StoredMessage> rows;
		if (siteCode == null) {
			rows = store.publishedPlatformWide(200);
		}
		else {
			var site = sites.findBySiteCode(siteCode).orElseThrow(() -> Refusal.notFound("网站不存在"));
			rows = store.published(site.id().value(), 200);
		}
		var unitNames = unitNames();
		return rows.stream()
			.map(m -> new PublishedMessage(m.messageId(), m.category(), PersonalDataMask.text(m.title()),
					PersonalDataMask.text(m.content()), PersonalDataMask.name(m.name()), m.receivedOn(),
					PersonalDataMask.text(m.reply() == null ? "" : m.reply()),
					m.unitId() == null ? null : unitNames.apply(m.unitId()),
					java.util.Objects.requireNonNull(m.publishedAt())))
			.toList();
	}

	// ------------------------------------------------------------------ responders' side

	/** Messages the signed-in account may see, newest first (at most 500). */
	@Transactional(readOnly = true)
	public List<MessageView> list(@Nullable SiteId site, @Nullable Status status, boolean overdueOnly) {
		var user = currentUser();
		boolean everything = user.hasPlatformRole(Role.SUPERVISOR) || user.hasPlatformRole(Role.RESPONDER);
		var visibleSites = new ArrayList<UUID>();
		user.sitesWith(Role.RESPONDER).forEach(s -> visibleSites.add(s.value()));
		user.sitesWith(Role.FIRST_REVIEWER).forEach(s -> visibleSites.add(s.value()));
		boolean unitResponder = user.grants().stream().anyMatch(g -> g.role() == Role.RESPONDER);
		var rows = store.search(site == null ? null : site.value(), status, overdueOnly, today(), everything,
				visibleSites, unitResponder ? user.unitId() : null, false, 500);
		var siteNames = siteNames();
		var unitNames = unitNames();
		var days = deadlines.days();
		return rows.stream().map(m -> view(user, m, List.of(), siteNames, unitNames, days)).toList();
	}

	/** One message with its clock, the actions its status allows and its history. */
	@Transactional(readOnly = true)
	public MessageView get(MessageId id) {
		var user = currentUser();
		var m = load(id);
		if (!canRead(user, m)) {
			throw Refusal.forbidden("当前账号无权查看此留言");
		}
		return view(user, m, store.history(m.id()), siteNames(), unitNames(), deadlines.days());
	}

	/** The message's clock today: deadline, working days left, provisional flag, cap. */
	@Transactional(readOnly = true)
	public MessageClock clock(MessageId id) {
		return clockOf(load(id), deadlines.days());
	}

	/** Takes one lifecycle action (see the class contract); refuses with every reason at once. */
	@Transactional
	public MessageView transition(MessageId id, TransitionCommand command) {
		var action = command.action();
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var user = currentUser();
		var m = store.findForUpdate(id.value()).orElseThrow(() -> Refusal.notFound("留言不存在"));
		if (!canRead(user, m)) {
			throw Refusal.forbidden("当前账号无权查看此留言");
		}
		authorize(user, m, action);
		if (command.unitId() != null && units.find(command.unitId()).isEmpty()) {
			throw Refusal.invalid("承办单位不存在");
		}
		var outcome = lifecycle.apply(m.asCase(), new MessageLifecycle.Command(action, blankToNull(command.comment()),
				command.unitId(), command.category(), blankToNull(command.reply()), command.extensionDays()));
		var now = clock.instant();
		store.apply(m, outcome, action, user.username(), now);
		var comment = blankToNull(command.comment());
		store.recordTransition(m.id(), m.status(), outcome.status(), action.name(), user.username(), comment, now);
		var after = load(id);
		audit.record(AuditRecord.of("MESSAGE_" + action.name(), "interaction_message", m.id(),
				"留言「" + m.title().strip() + "」" + action.label() + "：" + m.status().label() + " → " + after.status().label()
						+ (comment == null ? "" : "（" + comment + "）"))
			.withChange(summary(m.status(), m.category(), m.deadline(), m.unitId(), m.extension(), m.signedOffBy() != null),
					summary(after.status(), after.category(), after.deadline(), after.unitId(), after.extension(),
							after.signedOffBy() != null)));
		return view(user, after, store.history(m.id()), siteNames(), unitNames(), deadlines.days());
	}

	// ------------------------------------------------------------------ figures

	/** Figures over the messages received in the period (see {@link MessageStatistics}); supervisors and responders. */
	@Transactional(readOnly = true)
	public MessageStatistics statistics(@Nullable SiteId site, LocalDate from, LocalDate to) {
		requireReporter(site);
		return figures(site, from, to);
	}

	/** The same figures without an access check, for {@link InteractionReport} (figures only, no personal data). */
	MessageStatistics figures(@Nullable SiteId site, LocalDate from, LocalDate to) {
		var rows = store.receivedBetween(site == null ? null : site.value(), from, to);
		var days = deadlines.days();
		var today = today();
		long closed = 0;
		long onTime = 0;
		long published = 0;
		long open = 0;
		long overdue = 0;
		double working = 0;
		double calendarDays = 0;
		for (var m : rows) {
			if (m.status().open()) {
				open++;
				if (today.isAfter(m.deadline())) {
					overdue++;
				}
				continue;
			}
			if (m.closedAt() == null) {
				continue;
			}
			closed++;
			var closedOn = LocalDate.ofInstant(m.closedAt(), clock.getZone());
			if (!closedOn.isAfter(m.deadline())) {
				onTime++;
			}
			if (m.status() == Status.PUBLISHED) {
				published++;
			}
			working += days.countWorking(m.receivedOn(), closedOn);
			calendarDays += Duration.between(m.receivedAt(), m.closedAt()).toMinutes() / (24.0 * 60);
		}
		return new MessageStatistics(site, from, to, rows.size(), closed, closed == 0 ? 0 : round(working / closed),
				closed == 0 ? 0 : round(calendarDays / closed), closed == 0 ? 0 : round((double) onTime / closed), published,
				open, overdue);
	}

	/** The period's messages as CSV (UTF-8 with BOM, personal data masked, formula-like cells neutralised). */
	@Transactional(readOnly = true)
	public String exportCsv(@Nullable SiteId site, LocalDate from, LocalDate to) {
		requireReporter(site);
		var csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", EXPORT_HEADER)).append("\r\n");
		for (var row : exportRows(site, from, to)) {
			csv.append(String.join(",", row.stream().map(Messages::csvCell).toList())).append("\r\n");
		}
		return csv.toString();
	}

	/**
	 * The period's messages as an XLSX workbook: the same columns and rows as {@link #exportCsv} (personal data masked;
	 * every cell is a text cell, so nothing typed becomes a formula) on the sheet 留言明细, and the period's figures on
	 * the sheet 统计.
	 */
	@Transactional(readOnly = true)
	public byte[] exportXlsx(@Nullable SiteId site, LocalDate from, LocalDate to) {
		var figures = statistics(site, from, to);
		var rows = exportRows(site, from, to);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var bold = workbook.createFont();
			bold.setBold(true);
			var headStyle = workbook.createCellStyle();
			headStyle.setFont(bold);
			var sheet = workbook.createSheet("留言明细");
			var head = sheet.createRow(0);
			for (int c = 0; c < EXPORT_HEADER.size(); c++) {
				var cell = head.createCell(c);
				cell.setCellValue(EXPORT_HEADER.get(c));
				cell.setCellStyle(headStyle);
			}
			for (int r = 0; r < rows.size(); r++) {
				var line = sheet.createRow(r + 1);
				var values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					line.createCell(c).setCellValue(values.get(c));
				}
			}
			sheet.createFreezePane(0, 1);
			var summary = workbook.createSheet("统计");
			var lines = List.of(
					List.<Object>of("网站", site == null ? "全平台" : siteNames().apply(site.value())),
					List.<Object>of("起始日期", from.toString()), List.<Object>of("截止日期", to.toString()),
					List.<Object>of("收到", figures.received()), List.<Object>of("已办结", figures.closed()),
					List.<Object>of("平均办理（工作日）", figures.averageWorkingDays()),
					List.<Object>of("平均办理（自然日）", figures.averageCalendarDays()),
					List.<Object>of("按期办结率", figures.onTimeRate()), List.<Object>of("公开答复", figures.publicReplies()),
					List.<Object>of("办理中", figures.open()), List.<Object>of("已超期", figures.overdue()));
			for (int r = 0; r < lines.size(); r++) {
				var line = summary.createRow(r);
				line.createCell(0).setCellValue((String) lines.get(r).get(0));
				var value = lines.get(r).get(1);
				if (value instanceof Number number) {
					line.createCell(1).setCellValue(number.doubleValue());
				}
				else {
					line.createCell(1).setCellValue(String.valueOf(value));
				}
			}
			summary.setColumnWidth(0, 20 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static final List<String> EXPORT_HEADER = List.of("编号", "网站", "类别", "标题", "留言人", "手机号码", "状态", "收到时间",
			"办理期限", "剩余工作日", "承办单位", "办结时间", "是否按期");

	/** One row of text per message received in the period, personal data masked (checks the reader first). */
	private List<List<String>> exportRows(@Nullable SiteId site, LocalDate from, LocalDate to) {
		requireReporter(site);
		var siteNames = siteNames();
		var unitNames = unitNames();
		var days = deadlines.days();
		var rows = new ArrayList<List<String>>();
		for (var m : store.receivedBetween(site == null ? null : site.value(), from, to)) {
			var clockView = clockOf(m, days);
			var closedOn = m.closedAt() == null ? null : LocalDate.ofInstant(m.closedAt(), clock.getZone());
			rows.add(List.of(m.id().toString(), m.siteId() == null ? "平台" : siteNames.apply(m.siteId()),
					m.category().label(), m.title(), PersonalDataMask.name(m.name()), PersonalDataMask.mobile(m.mobile()),
					m.status().label(), m.receivedAt().atZone(clock.getZone()).toLocalDateTime().withNano(0).toString(),
					m.deadline().toString(), m.status().open() ? Integer.toString(clockView.workingDaysLeft()) : "",
					m.unitId() == null ? "" : unitNames.apply(m.unitId()),
					closedOn == null ? "" : closedOn.toString(),
					closedOn == null ? "" : (!closedOn.isAfter(m.deadline()) ? "是" : "否")));
		}
		return rows;
	}

	static String csvCell(String value) {
		var cell = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	// ------------------------------------------------------------------ rules of access

	private void authorize(CurrentUser user, StoredMessage m, Action action) {
		if (!MessageAccess.mayTake(user, MessageAccess.Facts.of(m), action)) {
			throw Refusal.forbidden(MessageAccess.refusal(action));
		}
	}

	private static boolean canRead(CurrentUser user, StoredMessage m) {
		return MessageAccess.mayRead(user, MessageAccess.Facts.of(m));
	}

	private void requireReporter(@Nullable SiteId site) {
		var user = currentUser();
		boolean allowed = user.hasPlatformRole(Role.SUPERVISOR) || user.hasPlatformRole(Role.RESPONDER)
				|| (site != null && user.hasRoleOn(Role.RESPONDER, site));
		if (!allowed) {
			throw Refusal.forbidden(site == null ? "全平台统计仅限主管单位监管员查看，请指定网站" : "当前账号无权查看该网站的留言统计");
		}
	}

	private static CurrentUser currentUser() {
		return CurrentUser.require();
	}

	// ------------------------------------------------------------------ views

	private StoredMessage load(MessageId id) {
		return store.find(id.value()).orElseThrow(() -> Refusal.notFound("留言不存在"));
	}

	/** The message as this reader may see it: personal data in clear for its responders only (see {@link MessageAccess}). */
	private MessageView view(CurrentUser reader, StoredMessage m, List<TransitionRecord> history,
			Function<UUID, String> siteNames, Function<UUID, String> unitNames, CalendarDeadlines.Days days) {
		boolean clear = MessageAccess.seesPersonalData(reader, MessageAccess.Facts.of(m));
		return new MessageView(m.messageId(), m.site(), m.siteId() == null ? null : siteNames.apply(m.siteId()),
				m.category(), m.problemType(), m.title(), m.content(), clear ? m.name() : PersonalDataMask.name(m.name()),
				clear ? m.mobile() : PersonalDataMask.mobile(m.mobile()),
				clear || m.email() == null ? m.email() : PersonalDataMask.email(m.email()), clear,
				m.publishConsent(), m.status(), m.receivedAt(), m.unit(),
				m.unitId() == null ? null : unitNames.apply(m.unitId()), m.extension(), m.extensionDays(),
				m.extensionReason(), m.reply(), m.rejection(), m.signedOffBy(), m.signedOffAt(), m.closedAt(),
				m.publishedAt(), m.escalated(), m.escalatedAt(), clockOf(m, days), MessageLifecycle.actionsFrom(m.status()),
				history, m.version());
	}

	private MessageClock clockOf(StoredMessage m, CalendarDeadlines.Days days) {
		var today = today();
		return new MessageClock(m.deadline(), days.workingDaysLeft(today, m.deadline()), m.deadlineProvisional(),
				m.capDate(), m.status().open() && today.isAfter(m.deadline()),
				m.status().open() && today.isAfter(m.capDate()));
	}

	private SubmissionReceipt receipt(StoredMessage m, boolean created) {
		return new SubmissionReceipt(m.messageId(), m.queryCode(), created, m.status(), m.receivedAt(), m.deadline());
	}

	private Function<UUID, String> siteNames() {
		Map<UUID, String> names = new HashMap<>();
		sites.all().forEach(site -> names.put(site.id().value(), site.name()));
		return id -> names.getOrDefault(id, "");
	}

	private Function<UUID, String> unitNames() {
		Map<UUID, String> names = new HashMap<>();
		units.all().forEach((UnitView unit) -> names.put(unit.id().value(), unit.name()));
		return id -> names.getOrDefault(id, "");
	}

	private static Map<String, Object> summary(Status status, MessageCategory category, LocalDate deadline,
			@Nullable UUID unit, MessageLifecycle.Extension extension, boolean signedOff) {
		var map = new LinkedHashMap<String, Object>();
		map.put("status", status.name());
		map.put("category", category.name());
		map.put("deadline", deadline.toString());
		map.put("unitId", unit == null ? "" : unit.toString());
		map.put("extension", extension.name());
		map.put("signedOff", signedOff);
		return map;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
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
