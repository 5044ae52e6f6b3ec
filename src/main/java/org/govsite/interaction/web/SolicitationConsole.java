package org.govsite.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.interaction.SolicitationCommand;
import org.govsite.interaction.SolicitationForm;
import org.govsite.interaction.SolicitationId;
import org.govsite.interaction.SolicitationLifecycle.Action;
import org.govsite.interaction.SolicitationView;
import org.govsite.interaction.Solicitations;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 征集调查 in the console: the shared skeleton, and its own moves (open, close, the result) and opinions. */
@ConsoleController
@RequestMapping("/interaction/solicitations")
@PreAuthorize("hasAnyRole('RESPONDER','SUPERVISOR')")
class SolicitationConsole extends ParticipationConsole<SolicitationId, SolicitationView, SolicitationForm> {

	private final Solicitations solicitations;

	SolicitationConsole(Solicitations solicitations, Sites sites) {
		super(solicitations, sites, new Words("发起", "发起征集", "保存为筹备", "征集信息", "征集说明"));
		this.solicitations = solicitations;
	}

	@Override
	SolicitationForm form(MultiValueMap<String, String> typed) {
		return new SolicitationForm(typed.getFirst("siteId"), typed.getFirst("title"), typed.getFirst("description"),
				typed.getFirst("startsAt"), typed.getFirst("endsAt"));
	}

	@Override
	MultiValueMap<String, String> typed(SolicitationView item) {
		var typed = new LinkedMultiValueMap<String, String>();
		typed.add("title", item.title());
		typed.add("description", item.description());
		typed.add("startsAt", local(item.startsAt()));
		typed.add("endsAt", local(item.endsAt()));
		return typed;
	}

	@Override
	void detailModel(Model model, SolicitationView item, MultiValueMap<String, String> typed) {
		model.addAttribute("opinions", solicitations.opinions(item.id()));
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable Action action,
			@RequestParam MultiValueMap<String, String> typed, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var solicitation = SolicitationId.of(id);
		return act(response, redirect, model, solicitation, action == null ? null : action.label(), typed, () -> {
			var after = solicitations.transition(solicitation, new SolicitationCommand(action, typed.getFirst("result")));
			return "已执行「" + (action == null ? "" : action.label()) + "」，征集调查当前状态：" + after.statusLabel();
		}, "");
	}

	@PostMapping("/{id}/opinions/{opinionId}/publication")
	String publication(@PathVariable String id, @PathVariable String opinionId,
			@RequestParam(defaultValue = "false") boolean published, RedirectAttributes redirect) {
		solicitations.markOpinion(SolicitationId.of(id), ParticipationApi.uuid(opinionId), published);
		redirect.addFlashAttribute(ConsoleForms.FLASH, published ? "该意见已在公开页面显示（姓名已隐藏）" : "该意见已撤回公开");
		return "redirect:/interaction/solicitations/" + id + "#opinions";
	}
}
