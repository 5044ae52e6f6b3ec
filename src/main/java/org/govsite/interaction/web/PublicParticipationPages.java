package org.govsite.interaction.web;

import static org.govsite.interaction.web.SolicitationApi.uuid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govsite.interaction.PublicForms;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.PublicInput;
import org.govsite.interaction.Solicitations;
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
 * The public pages of solicitations (征集调查) and online interviews (在线访谈): lists per site, a solicitation with its
 * result, the opinions marked for publication and the opinion form; an interview with its guests, the question form
 * and the published transcript. No sign-in, CSRF on; everything typed is rendered escaped ({@code th:text}).
 */
@Controller
class PublicParticipationPages {

	private final Solicitations solicitations;
	private final Interviews interviews;
	private final PublicForms captcha;
	private final Sites sites;

	PublicParticipationPages(Solicitations solicitations, Interviews interviews, PublicForms captcha, Sites sites) {
		this.solicitations = solicitations;
		this.interviews = interviews;
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

	// ------------------------------------------------------------------ solicitations

	@GetMapping("/public/solicitations/{siteCode}")
	String solicitations(@PathVariable String siteCode, Model model) {
		model.addAttribute("site", runningSite(siteCode));
		model.addAttribute("items", solicitations.published(siteCode));
		return "interaction/solicitations";
	}

	@GetMapping("/public/solicitations/{siteCode}/{id}")
	String solicitation(@PathVariable String siteCode, @PathVariable String id, Model model) {
		return solicitationPage(siteCode, uuid(id), newForm(), Map.of(), model);
	}

	@PostMapping("/public/solicitations/{siteCode}/{id}")
	String opinion(@PathVariable String siteCode, @PathVariable String id, @ModelAttribute("form") InputForm form,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var solicitationId = uuid(id);
		try {
			solicitations.submitOpinion(siteCode, solicitationId, form.toInput(), request.getRemoteAddr());
			// sessions live in PostgreSQL: flash plain strings only
			redirect.addFlashAttribute("submitted", "您的意见已提交，感谢您的参与。意见经工作人员整理后，征集结果将在本页公布。");
			return "redirect:/public/solicitations/" + siteCode + "/" + solicitationId;
		}
		catch (SubmissionRefusal refusal) {
			response.setStatus(status(refusal));
			return solicitationPage(siteCode, solicitationId, form, byField(refusal), model);
		}
	}

	private String solicitationPage(String siteCode, UUID id, InputForm form, Map<String, List<String>> errors,
			Model model) {
		model.addAttribute("site", runningSite(siteCode));
		var item = solicitations.publishedOne(siteCode, id);
		model.addAttribute("item", item);
		model.addAttribute("opinions", solicitations.publishedOpinions(siteCode, id));
		formModel(form, errors, model);
		model.addAttribute("action", "/public/solicitations/" + siteCode + "/" + id);
		return "interaction/solicitation";
	}

	// ------------------------------------------------------------------ interviews

	@GetMapping("/public/interviews/{siteCode}")
	String interviews(@PathVariable String siteCode, Model model) {
		model.addAttribute("site", runningSite(siteCode));
		model.addAttribute("items", interviews.published(siteCode));
		return "interaction/interviews";
	}

	@GetMapping("/public/interviews/{siteCode}/{id}")
	String interview(@PathVariable String siteCode, @PathVariable String id, Model model) {
		return interviewPage(siteCode, uuid(id), newForm(), Map.of(), model);
	}

	@PostMapping("/public/interviews/{siteCode}/{id}")
	String question(@PathVariable String siteCode, @PathVariable String id, @ModelAttribute("form") InputForm form,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var interviewId = uuid(id);
		try {
			interviews.submitQuestion(siteCode, interviewId, form.toInput(), request.getRemoteAddr());
			redirect.addFlashAttribute("submitted", "您的提问已提交，经审核后将转交访谈嘉宾。");
			return "redirect:/public/interviews/" + siteCode + "/" + interviewId;
		}
		catch (SubmissionRefusal refusal) {
			response.setStatus(status(refusal));
			return interviewPage(siteCode, interviewId, form, byField(refusal), model);
		}
	}

	private String interviewPage(String siteCode, UUID id, InputForm form, Map<String, List<String>> errors,
			Model model) {
		model.addAttribute("site", runningSite(siteCode));
		model.addAttribute("item", interviews.publishedOne(siteCode, id));
		model.addAttribute("transcript", interviews.transcript(siteCode, id));
		formModel(form, errors, model);
		model.addAttribute("action", "/public/interviews/" + siteCode + "/" + id);
		return "interaction/interview";
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
