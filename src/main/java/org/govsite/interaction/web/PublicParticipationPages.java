package org.govsite.interaction.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govsite.interaction.PublicForms;
import org.govsite.interaction.ParticipationItems;
import org.govsite.interaction.PublicInput;
import org.govsite.interaction.SubmissionRefusal;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of every kind of participation, on one path per kind ({@code /public/solicitations/…},
 * {@code /public/interviews/…}): the list of a site, and one item with what the public sees of the citizens' inputs
 * (published opinions, the transcript) and the opinion or question form. No sign-in, no session (the captcha token is the form's nonce); everything typed is rendered escaped ({@code th:text}).
 */
@Controller
class PublicParticipationPages {

	private final ParticipationKinds kinds;
	private final PublicForms captcha;
	private final Sites sites;

	PublicParticipationPages(ParticipationKinds kinds, PublicForms captcha, Sites sites) {
		this.kinds = kinds;
		this.captcha = captcha;
		this.sites = sites;
	}

	/** The form's fields as typed. */
	static class InputForm {
		public String name = "";
		public String mobile = "";
		public String content = "";
		public String clientToken = "";
		public String captchaToken = "";
		public String captchaAnswer = "";

		public void setName(String v) { name = v; }
		public void setMobile(String v) { mobile = v; }
		public void setContent(String v) { content = v; }
		public void setClientToken(String v) { clientToken = v; }
		public void setCaptchaToken(String v) { captchaToken = v; }
		public void setCaptchaAnswer(String v) { captchaAnswer = v; }
		public String getName() { return name; }
		public String getMobile() { return mobile; }
		public String getContent() { return content; }
		public String getClientToken() { return clientToken; }

		PublicInput toInput() {
			return new PublicInput(name, mobile.strip(), content, clientToken, captchaToken, captchaAnswer);
		}
	}

	@GetMapping("/public/{kind:" + ParticipationKinds.PATHS + "}/{siteCode}")
	String list(@PathVariable String kind, @PathVariable String siteCode, Model model) {
		var items = kinds.items(kind);
		model.addAttribute("site", runningSite(siteCode));
		model.addAttribute("kind", items.kind());
		model.addAttribute("items", items.published(siteCode));
		return "interaction/participations";
	}

	@GetMapping("/public/{kind:" + ParticipationKinds.PATHS + "}/{siteCode}/{id}")
	String item(@PathVariable String kind, @PathVariable String siteCode, @PathVariable String id, Model model) {
		return page(kinds.items(kind), siteCode, id, newForm(), Map.of(), model);
	}

	@PostMapping("/public/{kind:" + ParticipationKinds.PATHS + "}/{siteCode}/{id}")
	String submit(@PathVariable String kind, @PathVariable String siteCode, @PathVariable String id,
			@ModelAttribute("form") InputForm form, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		return submit(kinds.items(kind), siteCode, id, form, request, response, redirect, model);
	}

	private <I> String submit(ParticipationItems<I, ?, ?> items, String siteCode, String text, InputForm form,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var id = items.id(text);
		try {
			items.submit(siteCode, id, form.toInput(), request.getRemoteAddr());
			// sessions live in PostgreSQL: flash plain strings only
			redirect.addFlashAttribute("submitted", ParticipationKinds.thanks(items.kind()));
			return "redirect:/public/" + items.kind().path() + "/" + siteCode + "/" + id;
		}
		catch (SubmissionRefusal refusal) {
			response.setStatus(status(refusal));
			return page(items, siteCode, text, form, byField(refusal), model);
		}
	}

	private <I> String page(ParticipationItems<I, ?, ?> items, String siteCode, String text, InputForm form,
			Map<String, List<String>> errors, Model model) {
		var id = items.id(text);
		model.addAttribute("site", runningSite(siteCode));
		model.addAttribute("kind", items.kind());
		model.addAttribute("item", items.publishedOne(siteCode, id));
		model.addAttribute("inputs", items.publishedInputs(siteCode, id));
		formModel(form, errors, model);
		model.addAttribute("action", "/public/" + items.kind().path() + "/" + siteCode + "/" + id);
		return "interaction/participation-item";
	}

	// ------------------------------------------------------------------ shared

	@ExceptionHandler(Refusal.class)
	String refused(Refusal refusal, HttpServletResponse response, Model model) {
		response.setStatus(org.govsite.shared.web.RefusalStatus.of(refusal.kind()).value());
		model.addAttribute("reasons", refusal.reasons());
		return "interaction/refused";
	}

	private void formModel(InputForm form, Map<String, List<String>> errors, Model model) {
		var challenge = captcha.challenge(clientAddress());
		form.captchaToken = challenge.token();
		form.captchaAnswer = "";
		model.addAttribute("form", form);
		model.addAttribute("question", challenge.question());
		model.addAttribute("captchaWorkBits", challenge.workBits());
		model.addAttribute("errors", errors);
	}

	private static InputForm newForm() {
		var form = new InputForm();
		form.clientToken = UUID.randomUUID().toString();
		return form;
	}

	private SiteView runningSite(String siteCode) {
		return sites.findBySiteCode(siteCode).filter(site -> site.status() == SiteStatus.RUNNING)
			.orElseThrow(() -> Refusal.notFound("网站不存在或未运行"));
	}

	private static int status(SubmissionRefusal refusal) {
		return refusal.rateLimited() ? 429 : refusal.kind() == Refusal.Kind.CONFLICT ? 409 : 422;
	}

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
