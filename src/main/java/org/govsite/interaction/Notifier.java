package org.govsite.interaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.govsite.iam.GrantView;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserView;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who is told what: a message due within one working day goes to its responders and the head of the responsible
 * unit; an overdue message, and one past the three-month cap, to the supervisors (主管单位). Each recipient gets an
 * e-mail row in the outbox; when a webhook URL is configured, one JSON webhook row is added per notification.
 */
@Component
class Notifier {

	static final String DUE_SOON = "DUE_SOON";
	static final String OVERDUE = "OVERDUE";
	static final String PAST_CAP = "PAST_CAP";

	private final UserAccounts accounts;
	private final Units units;
	private final Sites sites;
	private final Outbox outbox;
	private final InteractionProperties properties;
	private final JsonMapper json;

	Notifier(UserAccounts accounts, Units units, Sites sites, Outbox outbox, InteractionProperties properties,
			JsonMapper json) {
		this.accounts = accounts;
		this.units = units;
		this.sites = sites;
		this.outbox = outbox;
		this.properties = properties;
		this.json = json;
	}

	void dueSoon(StoredMessage m, List<UserView> users) {
		var recipients = new LinkedHashSet<String>();
		users.stream().filter(user -> isResponderFor(user, m)).map(Notifier::address).forEach(recipients::add);
		unitHead(m).ifPresent(recipients::add);
		send(DUE_SOON, m, recipients, "【留言即将到期】" + shortTitle(m),
				"留言「" + shortTitle(m) + "」（" + m.category().label() + "）的办理期限为 " + m.deadline()
						+ "，距到期不足一个工作日，请尽快办理。");
	}

	void overdue(StoredMessage m, List<UserView> users) {
		send(OVERDUE, m, supervisors(users), "【留言超期督办】" + shortTitle(m),
				"留言「" + shortTitle(m) + "」（" + m.category().label() + "，" + siteName(m) + "）的办理期限 " + m.deadline()
						+ " 已过仍未办结，已升级至主管单位督办。");
	}

	void pastCap(StoredMessage m, List<UserView> users) {
		send(PAST_CAP, m, supervisors(users), "【单项否决风险】" + shortTitle(m),
				"留言「" + shortTitle(m) + "」（" + siteName(m) + "）自 " + m.receivedOn() + " 收到，超过三个月（" + m.capDate()
						+ "）仍未答复，属于政府网站单项否决情形，请立即督办。");
	}

	private void send(String kind, StoredMessage m, Set<String> recipients, String subject, String body) {
		for (var recipient : recipients) {
			outbox.enqueue(Outbox.Channel.EMAIL, recipient, subject, body, m.id(), kind);
		}
		var webhook = properties.getWebhookUrl();
		if (webhook != null && !webhook.isBlank()) {
			var payload = new LinkedHashMap<String, Object>();
			payload.put("kind", kind);
			payload.put("messageId", m.id().toString());
			payload.put("siteId", m.siteId() == null ? null : m.siteId().toString());
			payload.put("deadline", m.deadline().toString());
			payload.put("subject", subject);
			payload.put("body", body);
			payload.put("recipients", new ArrayList<>(recipients));
			outbox.enqueue(Outbox.Channel.WEBHOOK, webhook, subject, json.writeValueAsString(payload), m.id(), kind);
		}
	}

	private Set<String> supervisors(List<UserView> users) {
		var recipients = new LinkedHashSet<String>();
		users.stream()
			.filter(user -> user.enabled() && user.grants().stream()
				.anyMatch(grant -> grant.role() == Role.SUPERVISOR && grant.siteId() == null))
			.map(Notifier::address)
			.forEach(recipients::add);
		return recipients;
	}

	static boolean isResponderFor(UserView user, StoredMessage m) {
		if (!user.enabled()) {
			return false;
		}
		for (GrantView grant : user.grants()) {
			if (grant.role() != Role.RESPONDER) {
				continue;
			}
			if (grant.siteId() == null || (m.siteId() != null && grant.siteId().value().equals(m.siteId()))
					|| (m.unitId() != null && user.unitId().value().equals(m.unitId()))) {
				return true;
			}
		}
		return false;
	}

	private java.util.Optional<String> unitHead(StoredMessage m) {
		@Nullable UUID unit = m.unitId();
		if (unit == null && m.siteId() != null) {
			unit = sites.find(new SiteId(m.siteId())).map(site -> site.sponsorUnitId().value()).orElse(null);
		}
		if (unit == null) {
			return java.util.Optional.empty();
		}
		return units.find(new UnitId(unit)).map(Notifier::unitAddress);
	}

	private static String unitAddress(UnitView unit) {
		if (unit.contactEmail() != null && !unit.contactEmail().isBlank()) {
			return unit.contactEmail();
		}
		return "unit:" + unit.name() + (unit.leaderInCharge() == null ? "" : "（分管负责人 " + unit.leaderInCharge() + "）");
	}

	private static String address(UserView user) {
		return user.email() != null && !user.email().isBlank() ? user.email() : "user:" + user.username();
	}

	private String siteName(StoredMessage m) {
		return m.siteId() == null ? "平台" : sites.find(new SiteId(m.siteId())).map(site -> site.name()).orElse("网站");
	}

	private static String shortTitle(StoredMessage m) {
		var title = m.title().strip();
		return title.codePointCount(0, title.length()) > 30 ? title.substring(0, title.offsetByCodePoints(0, 30)) + "…" : title;
	}

	List<UserView> users() {
		return accounts.all();
	}
}
