package org.govsite.interaction.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govsite.interaction.PublicForms;
import org.govsite.interaction.MessageCategory;
import org.govsite.interaction.MessageSubmission;
import org.govsite.interaction.MessageIntake;
import org.govsite.interaction.ProblemType;
import org.govsite.interaction.SubmissionReceipt;
import org.govsite.interaction.SubmissionRefusal;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages (no sign-in, no session: the captcha token is the form's nonce): the message form per site and platform-wide, the receipt with the query
 * code, the status look-up, and the published Q&amp;A. Everything typed is rendered escaped ({@code th:text}).
 */
@Controller
@RequestMapping("/public/messages")
class PublicMessagePages {

	private final MessageIntake messages;
	private final PublicForms captcha;
	private final Sites sites;

	PublicMessagePages(MessageIntake messages, PublicForms captcha, Sites sites) {
		this.messages = messages;
		this.captcha = captcha;
		this.sites = sites;
	}

	/** The form's fields as typed (strings, so that nothing fails to bind). */
	static class MessageForm {
		public String category = "";
		public String problemType = "";
		public String title = "";
		public String content = "";
		public String name = "";
		public String mobile = "";
		public String email = "";
		public boolean publishConsent;
		public String clientToken = "";
		public String captchaToken = "";
		public String captchaAnswer = "";

		public void setCategory(String v) { category = v; }
		public void setProblemType(String v) { problemType = v; }
		public void setTitle(String v) { title = v; }
		public void setContent(String v) { content = v; }
		public void setName(String v) { name = v; }
		public void setMobile(String v) { mobile = v; }
		public void setEmail(String v) { email = v; }
		public void setPublishConsent(boolean v) { publishConsent = v; }
		public void setClientToken(String v) { clientToken = v; }
		public void setCaptchaToken(String v) { captchaToken = v; }
		public void setCaptchaAnswer(String v) { captchaAnswer = v; }
		public String getCategory() { return category; }
		public String getProblemType() { return problemType; }
		public String getTitle() { return title; }
		public String getContent() { return content; }
		public String getName() { return name; }
		public String getMobile() { return mobile; }
		public String getEmail() { return email; }
		public boolean isPublishConsent() { return publishConsent; }
		public String getClientToken() { return clientToken; }

		MessageSubmission toSubmission(@Nullable String siteCode) {
			return new MessageSubmission(siteCode, parse(MessageCategory.class, category),
					parse(ProblemType.class, problemType), title, content, name, mobile.strip(), email, publishConsent,
					clientToken, captchaToken, captchaAnswer);
		}

		private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
			return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
		}
	}

	@GetMapping("/new")
	String platformForm(Model model) {
		return form(null, newForm(), Map.of(), model);
	}

	@GetMapping("/{siteCode}/new")
	String siteForm(@PathVariable String siteCode, Model model) {
		return form(runningSite(siteCode), newForm(), Map.of(), model);
	}

	@PostMapping("/new")
	String submitPlatform(@ModelAttribute("form") MessageForm form, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		return submit(null, form, request, response, redirect, model);
	}

	@PostMapping("/{siteCode}/new")
	String submitSite(@PathVariable String siteCode, @ModelAttribute("form") MessageForm form,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		return submit(runningSite(siteCode), form, request, response, redirect, model);
	}

	/** The receipt, in the clothes of the site the message was left on ({@code site}, its 网站标识码). */
	@GetMapping("/receipt")
	String receipt(@RequestParam(required = false) @Nullable String site, Model model) {
		var code = siteCode(site);
		if (!model.containsAttribute("queryCode")) {
			return "redirect:/public/messages/status" + (code == null ? "" : "?site=" + code);
		}
		model.addAttribute("siteParam", code);
		return "interaction/receipt";
	}

	/** The status look-up, platform-wide or in the clothes of a site ({@code site}), which its form keeps. */
	@GetMapping("/status")
	String statusForm(@RequestParam(required = false) @Nullable String site, Model model) {
		model.addAttribute("queryCode", "");
		model.addAttribute("mobile", "");
		model.addAttribute("errors", Map.of());
		model.addAttribute("siteParam", siteCode(site));
		return "interaction/status";
	}

	@PostMapping("/status")
	String status(@ModelAttribute("queryCode") String queryCode, @ModelAttribute("mobile") String mobile,
			@RequestParam(required = false) @Nullable String site, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("siteParam", siteCode(site));
		try {
			model.addAttribute("result", messages.status(queryCode, mobile, request.getRemoteAddr()));
			model.addAttribute("errors", Map.of());
		}
		catch (SubmissionRefusal refusal) {
			response.setStatus(refusal.rateLimited() ? 429 : 422);
			model.addAttribute("errors", byField(refusal));
		}
		return "interaction/status";
	}

	/** 满意度评价 from the status page: the answer is rated once; a refusal shows the form again with what was chosen. */
	@PostMapping("/rating")
	String rate(@RequestParam(required = false) @Nullable String queryCode, @RequestParam(required = false) @Nullable String mobile,
			@RequestParam(required = false) @Nullable String rating, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String site, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("siteParam", siteCode(site));
		model.addAttribute("queryCode", queryCode == null ? "" : queryCode);
		model.addAttribute("mobile", mobile == null ? "" : mobile);
		model.addAttribute("typedRating", rating == null ? "" : rating);
		model.addAttribute("typedReason", reason == null ? "" : reason);
		org.govsite.interaction.Satisfaction chosen = null;
		try {
			chosen = rating == null || rating.isBlank() ? null : org.govsite.interaction.Satisfaction.valueOf(rating);
		}
		catch (IllegalArgumentException unknown) {
			// shown as "please choose" below
		}
		try {
			model.addAttribute("result", messages.rate(queryCode, mobile, chosen, reason, request.getRemoteAddr()));
			model.addAttribute("errors", Map.of());
		}
		catch (SubmissionRefusal refusal) {
			response.setStatus(refusal.rateLimited() ? 429 : refusal.kind() == Refusal.Kind.CONFLICT ? 409 : 422);
			model.addAttribute("errors", byField(refusal));
			try {
				model.addAttribute("result", messages.status(queryCode, mobile, request.getRemoteAddr()));
			}
			catch (SubmissionRefusal unknownMessage) {
				// the look-up itself failed: the errors say why
			}
		}
		return "interaction/status";
	}

	@GetMapping("/{siteCode}")
	String published(@PathVariable String siteCode, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String q, Model model) {
		var site = sites.findBySiteCode(siteCode).orElseThrow(() -> Refusal.notFound("网站不存在"));
		model.addAttribute("site", site);
		return publishedPage(site.siteCode(), category, q, model);
	}

	@GetMapping
	String publishedPlatformWide(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("site", null);
		return publishedPage(null, category, q, model);
	}

	private String publishedPage(@Nullable String siteCode, @Nullable String category, @Nullable String q, Model model) {
		model.addAttribute("categories", org.govsite.interaction.MessageCategory.values());
		model.addAttribute("category", category == null ? "" : category);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("items", messages.published(siteCode, category(category), q));
		return "interaction/published";
	}

	/** A category typed in an address; an unknown one means all. */
	static org.govsite.interaction.@Nullable MessageCategory category(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return org.govsite.interaction.MessageCategory.valueOf(code.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(Refusal.class)
	String refused(Refusal refusal, HttpServletResponse response, Model model) {
		response.setStatus(org.govsite.shared.web.RefusalStatus.of(refusal.kind()).value());
		model.addAttribute("reasons", refusal.reasons());
		return "interaction/refused";
	}

	private String submit(@Nullable SiteView site, MessageForm form, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		try {
			SubmissionReceipt receipt = messages.submit(form.toSubmission(site == null ? null : site.siteCode()),
					request.getRemoteAddr());
			// sessions live in PostgreSQL: flash plain strings only
			redirect.addFlashAttribute("queryCode", receipt.queryCode());
			redirect.addFlashAttribute("receivedAt", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.format(receipt.receivedAt().atZone(BeijingTime.ZONE)));
			redirect.addFlashAttribute("deadline", receipt.deadline().toString());
			redirect.addFlashAttribute("statusLabel", receipt.statusLabel());
			redirect.addFlashAttribute("siteName", site == null ? "政府网站集约化平台" : site.name());
			return "redirect:/public/messages/receipt" + (site == null || site.siteCode() == null ? "" : "?site=" + site.siteCode());
		}
		catch (SubmissionRefusal refusal) {
			response.setStatus(refusal.rateLimited() ? 429 : 422);
			return form(site, form, byField(refusal), model);
		}
	}

	private String form(@Nullable SiteView site, MessageForm form, Map<String, List<String>> errors, Model model) {
		var challenge = captcha.challenge(clientAddress());
		form.captchaToken = challenge.token();
		form.captchaAnswer = "";
		model.addAttribute("site", site);
		model.addAttribute("form", form);
		model.addAttribute("question", challenge.question());
		model.addAttribute("captchaWorkBits", challenge.workBits());
		model.addAttribute("errors", errors);
		model.addAttribute("categories", MessageCategory.values());
		model.addAttribute("problemTypes", ProblemType.values());
		model.addAttribute("action", site == null ? "/public/messages/new" : "/public/messages/" + site.siteCode() + "/new");
		return "interaction/form";
	}

	private static MessageForm newForm() {
		var form = new MessageForm();
		form.clientToken = UUID.randomUUID().toString();
		return form;
	}

	/** A 网站标识码 given as {@code site} (it only leads links and the site's clothes), or null. */
	private static @Nullable String siteCode(@Nullable String site) {
		return site != null && site.matches("\\d{10}|bm\\d{8}") ? site : null;
	}

	private SiteView runningSite(String siteCode) {
		return sites.findBySiteCode(siteCode).filter(site -> site.status() == SiteStatus.RUNNING)
			.orElseThrow(() -> Refusal.notFound("网站不存在或未运行"));
	}

	/** Reasons by field, in the order given; reasons about the whole form under {@code form}. */
	private static Map<String, List<String>> byField(SubmissionRefusal refusal) {
		var errors = new LinkedHashMap<String, List<String>>();
		for (var reason : refusal.fieldReasons()) {
			errors.computeIfAbsent(reason.field(), f -> new java.util.ArrayList<>()).add(reason.reason());
		}
		return errors;
	}

	/** The client's address (after the trusted-proxy rule), to which a captcha question is bound. */
	private static @org.jspecify.annotations.Nullable String clientAddress() {
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		return attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
				? servlet.getRequest().getRemoteAddr() : null;
	}
}
