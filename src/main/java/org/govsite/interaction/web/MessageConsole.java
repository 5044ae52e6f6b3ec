package org.govsite.interaction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.interaction.MessageCategory;
import org.govsite.interaction.MessageId;
import org.govsite.interaction.MessageLifecycle.Action;
import org.govsite.interaction.MessageLifecycle.Extension;
import org.govsite.interaction.MessageLifecycle.Status;
import org.govsite.interaction.MessageView;
import org.govsite.interaction.Messages;
import org.govsite.interaction.MessageAccess;
import org.govsite.interaction.TransitionCommand;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.interaction.ReplyTemplates;
import org.govsite.unit.UnitId;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 互动交流 in the console: the responders' list and message page with the lifecycle's actions, and the supervisor's
 * view of escalated messages and pending extension requests. Access rules are the {@link Messages} service's; this
 * controller only hides actions the account could not take and shows the service's Chinese refusals.
 */
@ConsoleController
@RequestMapping("/interaction")
@PreAuthorize(MessageConsole.READERS)
class MessageConsole {

	static final String READERS = "hasAnyRole('RESPONDER','SUPERVISOR','FIRST_REVIEWER')";

	private final Messages messages;
	private final Sites sites;
	private final ReplyTemplates replyTemplates;
	private final Units units;

	MessageConsole(Messages messages, Sites sites, Units units, ReplyTemplates replyTemplates) {
		this.replyTemplates = replyTemplates;
		this.messages = messages;
		this.sites = sites;
		this.units = units;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "interaction");
	}

	@GetMapping("/messages")
	String list(@RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable Status status,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		var siteId = SiteId.of(site);
		model.addAttribute("messages", messages.list(siteId, status, overdue));
		model.addAttribute("sites", visibleSites(sites, me()));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("site", siteId == null ? "" : siteId.toString());
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("tab", "messages");
		return "interaction/console/list";
	}

	@GetMapping("/messages/{id}")
	String detail(@PathVariable String id, Model model) {
		return detailPage(model, messages.get(MessageId.of(id)), List.of(), null, Map.of());
	}

	/** One lifecycle action; on refusal the page is shown again with every reason and what was typed. */
	@PostMapping("/messages/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable Action action,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable MessageCategory category,
			@RequestParam(required = false) @Nullable String reply,
			@RequestParam(required = false) @Nullable String extensionDays,
			@RequestParam(required = false) @Nullable String back, Model model, RedirectAttributes redirect) {
		var messageId = MessageId.of(id);
		var reasons = new ArrayList<String>();
		Integer days = null;
		if (extensionDays != null && !extensionDays.isBlank()) {
			try {
				days = Integer.valueOf(extensionDays.strip());
			}
			catch (NumberFormatException e) {
				reasons.add("延期工作日数「" + extensionDays.strip() + "」不是整数");
			}
		}
		UnitId unit = null;
		if (unitId != null && !unitId.isBlank()) {
			unit = UnitId.of(unitId);
		}
		if (reasons.isEmpty()) {
			try {
				var after = messages.transition(messageId,
						new TransitionCommand(action, comment, unit, category, reply, days));
				redirect.addFlashAttribute(ConsoleForms.FLASH, "已执行「" + (action == null ? "" : action.label())
						+ "」，留言当前状态：" + after.statusLabel());
				return "supervision".equals(back) ? "redirect:/interaction/supervision" : "redirect:/interaction/messages/" + id;
			}
			catch (Refusal refusal) {
				reasons.addAll(refusal.reasons());
			}
		}
		var typed = new LinkedHashMap<String, String>();
		typed.put("comment", comment == null ? "" : comment);
		typed.put("unitId", unitId == null ? "" : unitId);
		typed.put("category", category == null ? "" : category.name());
		typed.put("reply", reply == null ? "" : reply);
		typed.put("extensionDays", extensionDays == null ? "" : extensionDays);
		return detailPage(model, messages.get(messageId), reasons, action, typed);
	}

	/** 受理并答复: accept and answer in one step; a refusal shows the page again with the reply as typed. */
	@PostMapping("/messages/{id}/accept-and-answer")
	String acceptAndAnswer(@PathVariable String id, @RequestParam(required = false) @Nullable String reply,
			@RequestParam(required = false) @Nullable String comment, Model model, RedirectAttributes redirect) {
		var messageId = MessageId.of(id);
		try {
			var after = messages.acceptAndAnswer(messageId, reply, comment);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已受理并答复，留言当前状态：" + after.statusLabel());
			return "redirect:/interaction/messages/" + id;
		}
		catch (Refusal refusal) {
			var typed = new LinkedHashMap<String, String>();
			typed.put("comment", comment == null ? "" : comment);
			typed.put("reply", reply == null ? "" : reply);
			model.addAttribute("acceptAndAnswerFailed", true);
			return detailPage(model, messages.get(messageId), refusal.reasons(), null, typed);
		}
	}

	/** 督办 (the supervisor): overdue or escalated messages, and extension requests waiting for approval. */
	@GetMapping("/supervision")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String supervision(Model model) {
		var all = messages.list(null, null, false);
		model.addAttribute("escalated",
				all.stream().filter(m -> m.status().open() && (m.escalated() || m.clock().overdue())).toList());
		model.addAttribute("extensions", all.stream()
			.filter(m -> m.status().open() && m.extension() == Extension.REQUESTED)
			.toList());
		model.addAttribute("tab", "supervision");
		return "interaction/console/supervision";
	}

	private String detailPage(Model model, MessageView message, List<String> reasons, @Nullable Action failed,
			Map<String, String> typed) {
		var me = me();
		model.addAttribute("message", message);
		// the service masked what this reader may not see; the page only shows it
		model.addAttribute("personalData", message.personalData());
		model.addAttribute("shownName", message.name());
		model.addAttribute("shownMobile", message.mobile());
		var actions = message.availableActions().stream()
			.filter(a -> MessageAccess.offers(me, MessageAccess.Facts.of(message), a)).toList();
		model.addAttribute("actions", actions);
		model.addAttribute("replyTemplates", message.siteId() != null && (actions.contains(Action.ANSWER) || actions.contains(Action.ACCEPT))
				&& ReplyTemplates.keepers(me).contains(message.siteId()) ? replyTemplates.mine(message.siteId()) : List.of());
		// 受理并答复 where this person may take the first move and the table allows the rest
		model.addAttribute("mayAcceptAndAnswer", actions.contains(Action.ACCEPT)
				&& MessageAccess.offers(me, MessageAccess.Facts.of(message), Action.ANSWER));
		model.addAttribute("reasons", reasons);
		model.addAttribute("failed", failed);
		model.addAttribute("typed", typed);
		model.addAttribute("units", units.all());
		model.addAttribute("categories", MessageCategory.values());
		model.addAttribute("actionLabels", actionLabels());
		model.addAttribute("tab", "messages");
		return "interaction/console/detail";
	}

	static Map<String, String> actionLabels() {
		var labels = new LinkedHashMap<String, String>();
		labels.put("SUBMIT", "提交留言");
		for (var action : Action.values()) {
			labels.put(action.name(), action.label());
		}
		return labels;
	}

	/** The sites whose messages the account may filter by. */
	static List<SiteView> visibleSites(Sites sites, CurrentUser me) {
		var all = sites.all();
		if (me.hasPlatformRole(Role.SUPERVISOR) || me.hasPlatformRole(Role.RESPONDER)) {
			return all;
		}
		var mine = new ArrayList<SiteId>(me.sitesWith(Role.RESPONDER));
		mine.addAll(me.sitesWith(Role.FIRST_REVIEWER));
		return all.stream().filter(site -> mine.contains(site.id())).toList();
	}

	static CurrentUser me() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}
}
