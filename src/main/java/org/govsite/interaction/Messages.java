package org.govsite.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling of messages (留言办理, Measures Art. 13): the responders' lists and the lifecycle. Citizens' side is
 * {@link MessageIntake}; figures and exports are {@link MessageReports}.
 * <p>
 * Contracts:
 * <ul>
 * <li>{@link #transition}: one action of {@link MessageLifecycle}; responders of the site (or platform-wide, or of the
 * responsible unit) act, the site's 初审 signs off replies, the supervisor approves extensions; every move is recorded
 * (who, when, comment) and audited in the same transaction.</li>
 * <li>Readers ({@link MessageAccess}): responders of the site or unit, the site's 初审, the supervisor (everything);
 * the reader filter is applied in SQL.</li>
 * </ul>
 */
@Service
public class Messages {

	private final MessageStore store;
	private final MessageLifecycle lifecycle;
	private final CalendarDeadlines deadlines;
	private final MessageNames names;
	private final Units units;
	private final AuditTrail audit;
	private final Clock clock;

	Messages(MessageStore store, MessageLifecycle lifecycle, CalendarDeadlines deadlines, MessageNames names,
			Units units, AuditTrail audit, Clock clock) {
		this.store = store;
		this.lifecycle = lifecycle;
		this.deadlines = deadlines;
		this.names = names;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
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
		var siteNames = names.sites();
		var unitNames = names.units();
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
		return view(user, m, store.history(m.id()), names.sites(), names.units(), deadlines.days());
	}

	/** The message's clock today: deadline, working days left, provisional flag, cap. */
	@Transactional(readOnly = true)
	public MessageClock clock(MessageId id) {
		return MessageClock.of(load(id), deadlines.days(), today());
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
		return view(user, after, store.history(m.id()), names.sites(), names.units(), deadlines.days());
	}

	/**
	 * 受理并答复: a message the responder can answer at once (no transfer, nothing to find out) is accepted, taken into
	 * handling and answered in one step — the three moves of the table, each guarded, recorded and audited as usual, in
	 * one transaction: if any is refused (no reply, not the responder's, not 待受理) nothing changes.
	 */
	@Transactional
	public MessageView acceptAndAnswer(MessageId id, @Nullable String reply, @Nullable String comment) {
		if (reply == null || reply.isBlank()) {
			throw Refusal.invalid("请填写答复内容");
		}
		transition(id, new TransitionCommand(MessageLifecycle.Action.ACCEPT, comment, null, null, null, null));
		transition(id, new TransitionCommand(MessageLifecycle.Action.START, "受理后直接答复", null, null, null, null));
		return transition(id, new TransitionCommand(MessageLifecycle.Action.ANSWER, comment, null, null, reply, null));
	}

	/**
	 * The replies waiting for the signed-in account to sign them off (审核答复, see {@link MessageAccess#mayTake}): those
	 * of the sites where it is 初审, and platform-wide ones for the supervisor; the oldest answer first. Empty for an
	 * account that signs nothing off.
	 */
	@Transactional(readOnly = true)
	public List<ReplyAwaitingSignOff> awaitingSignOff() {
		var user = currentUser();
		var sites = user.sitesWith(Role.FIRST_REVIEWER).stream().map(SiteId::value).toList();
		var rows = store.unsignedReplies(user.hasPlatformRole(Role.FIRST_REVIEWER), sites,
				user.hasPlatformRole(Role.SUPERVISOR));
		if (rows.isEmpty()) {
			return List.of();
		}
		var siteNames = names.sites();
		var people = new java.util.HashMap<String, String>();
		return rows.stream()
			.filter(row -> MessageAccess.mayTake(user, new MessageAccess.Facts(row.siteId() == null ? null
					: new SiteId(row.siteId()), null, MessageLifecycle.Extension.NONE, false), Action.SIGN_OFF))
			.map(row -> new ReplyAwaitingSignOff(new MessageId(row.id()), row.siteId() == null ? null : new SiteId(row.siteId()),
					row.siteId() == null ? null : siteNames.apply(row.siteId()), row.title().strip(),
					people.computeIfAbsent(row.answeredBy(), names::person), row.answeredAt()))
			.toList();
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
				m.publishedAt(), m.escalated(), m.escalatedAt(), MessageClock.of(m, days, today()),
				MessageLifecycle.actionsFrom(m.status()), history, m.version());
	}

	static Map<String, Object> summary(Status status, MessageCategory category, LocalDate deadline,
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

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
