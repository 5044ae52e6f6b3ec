package org.govsite.console.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.audit.AuditTrail;
import org.govsite.content.ColumnStatus;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.ReviewInbox;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.GrantView;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserId;
import org.govsite.iam.UserView;
import org.govsite.shared.web.ConsoleController;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteType;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.unit.Units;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 概览: real counts only (units, sites by status and type, accounts, audit entries) and the person's own roles. */
@ConsoleController
class Dashboard {

	/** A label and how many. */
	public record Count(String label, long count) {
	}

	/** A site the person edits, with its columns that need attention. */
	public record EditedSite(SiteView site, long overdue, long dueSoon, long empty) {
	}

	private final Units units;
	private final Sites sites;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final Columns columns;
	private final ReviewInbox reviews;
	private final org.govsite.content.MyWork myWork;
	private final org.govsite.interaction.Messages messages;
	private final org.govsite.console.ContentSupervision supervision;
	private final org.govsite.console.SupervisionNotices notices;
	private final org.govsite.governance.Vendors vendors;

	/** A responder's desk: how many messages are new, due within two working days and overdue, and the most urgent. */
	public record ResponderDesk(long fresh, long dueSoon, long overdue, List<org.govsite.interaction.MessageView> urgent) {
	}

	Dashboard(Units units, Sites sites, UserAccounts accounts, AuditTrail audit, Columns columns, ReviewInbox reviews,
			org.govsite.content.MyWork myWork, org.govsite.interaction.Messages messages,
			org.govsite.console.ContentSupervision supervision, org.govsite.console.SupervisionNotices notices,
			org.govsite.governance.Vendors vendors) {
		this.vendors = vendors;
		this.notices = notices;
		this.supervision = supervision;
		this.myWork = myWork;
		this.messages = messages;
		this.units = units;
		this.sites = sites;
		this.accounts = accounts;
		this.audit = audit;
		this.columns = columns;
		this.reviews = reviews;
	}

	@GetMapping("/")
	String overview(Model model) {
		var me = CurrentUser.fromContext().orElseThrow();
		var oversight = me.hasPlatformRole(Role.SYSTEM_ADMIN) || me.hasPlatformRole(Role.SECURITY_ADMIN)
				|| me.hasPlatformRole(Role.AUDIT_ADMIN) || me.hasPlatformRole(Role.SUPERVISOR)
				|| me.hasPlatformRole(Role.CO_REGULATOR);
		model.addAttribute("section", "dashboard");
		model.addAttribute("oversight", oversight);
		if (oversight) {
			var all = sites.all();
			model.addAttribute("unitCount", units.all().size());
			model.addAttribute("siteCount", all.size());
			model.addAttribute("byStatus", counts(all, SiteView::status, SiteStatus.values(), SiteStatus::label));
			model.addAttribute("byType", counts(all, SiteView::type, SiteType.values(), SiteType::label));
		}
		if (me.hasPlatformRole(Role.SYSTEM_ADMIN) || me.hasPlatformRole(Role.SECURITY_ADMIN)) {
			model.addAttribute("userCount", accounts.count());
			// accounts in use with no role yet: the security administrator's work (三员: roles are theirs to grant)
			model.addAttribute("roleless", accounts.all().stream().filter(u -> u.enabled() && u.grants().isEmpty()).toList());
		}
		if (me.hasPlatformRole(Role.AUDIT_ADMIN)) {
			model.addAttribute("auditCount", audit.count());
		}
		if (Role.CONTENT_OVERSIGHT.stream().anyMatch(me::hasPlatformRole)) {
			model.addAttribute("supervision", supervision.overview(null));
			model.addAttribute("notices", notices.open());
		}
		content(me, model);
		if (me.grants().stream().anyMatch(grant -> grant.role() == Role.EDITOR)) {
			model.addAttribute("desk", myWork.mine());
		}
		if (me.grants().stream().anyMatch(grant -> grant.role() == Role.RESPONDER)) {
			var open = messages.list(null, null, false).stream().filter(m -> m.status().open()).toList();
			model.addAttribute("responderDesk", new ResponderDesk(
					open.stream().filter(m -> m.status() == org.govsite.interaction.MessageLifecycle.Status.RECEIVED).count(),
					open.stream().filter(m -> !m.clock().overdue() && m.clock().workingDaysLeft() <= 2).count(),
					open.stream().filter(m -> m.clock().overdue()).count(),
					open.stream().sorted(java.util.Comparator.comparingInt(m -> m.clock().workingDaysLeft())).limit(8).toList()));
		}
		if (me.grants().stream().anyMatch(grant -> grant.role() == Role.VENDOR_STAFF)) {
			// the vendor's own records: what the contract binds it to and what comes up for renewal (Art. 19)
			model.addAttribute("vendorDesk", vendors.list().stream().map(v -> vendors.get(v.id())).toList());
		}
		List<GrantView> grants = accounts.find(new UserId(me.id())).map(UserView::grants).orElse(List.of());
		model.addAttribute("grants", grants);
		return "dashboard";
	}

	/**
	 * 内容: the one 审核待办 (articles and message replies) of reviewers and the supervisor, and the columns needing
	 * attention on the sites the person edits.
	 */
	private void content(CurrentUser me, Model model) {
		boolean reviewer = me.grants().stream().anyMatch(grant -> grant.role() == Role.FIRST_REVIEWER
				|| grant.role() == Role.SECOND_REVIEWER || grant.role() == Role.FINAL_REVIEWER
				|| grant.role() == Role.SUPERVISOR);
		if (reviewer) {
			model.addAttribute("myInbox", reviews.count());
		}
		var edited = sites.all().stream().filter(site -> me.hasRoleOn(Role.EDITOR, site.id())).map(site -> {
			var list = columns.ofSiteForMe(site.id());
			return new EditedSite(site, count(list, ColumnStatus.OVERDUE), count(list, ColumnStatus.DUE_SOON),
					count(list, ColumnStatus.EMPTY));
		}).toList();
		model.addAttribute("editedSites", edited);
		model.addAttribute("contentBlock", reviewer || !edited.isEmpty());
	}

	private static long count(List<ColumnView> list, ColumnStatus status) {
		return list.stream().filter(column -> column.standing().status() == status).count();
	}

	private static <E extends Enum<E>> List<Count> counts(List<SiteView> all, Function<SiteView, E> key, E[] values,
			Function<E, String> label) {
		Map<E, Long> tally = all.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
		var ordered = new LinkedHashMap<E, Long>();
		Arrays.stream(values).forEach(value -> ordered.put(value, tally.getOrDefault(value, 0L)));
		return ordered.entrySet().stream().map(e -> new Count(label.apply(e.getKey()), e.getValue())).toList();
	}
}
