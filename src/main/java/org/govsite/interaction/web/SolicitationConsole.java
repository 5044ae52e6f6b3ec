package org.govsite.interaction.web;

import java.util.HashMap;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 征集调查 in the console: the shared skeleton, and its own moves (open, close, the result) and opinions. */
@ConsoleController
@RequestMapping("/interaction/solicitations")
@PreAuthorize("hasAnyRole('RESPONDER','SUPERVISOR')")
class SolicitationConsole
		extends ParticipationConsole<SolicitationId, SolicitationView, SolicitationForm, SolicitationInput> {

	private final Solicitations solicitations;

	SolicitationConsole(Solicitations solicitations, Sites sites) {
		super(solicitations, sites, new Words("发起", "发起征集", "保存为筹备", "征集信息", "征集说明"));
		this.solicitations = solicitations;
	}

	@Override
	SolicitationInput empty() {
		return SolicitationInput.empty();
	}

	@Override
	SolicitationInput input(SolicitationView item) {
		return SolicitationInput.of(item);
	}

	@Override
	void detailModel(Model model, SolicitationView item) {
		model.addAttribute("opinions", solicitations.opinions(item.id()));
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable String id, @RequestParam(required = false) @Nullable Action action,
			@RequestParam(required = false) @Nullable String result, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var solicitation = SolicitationId.of(id);
		var typed = new HashMap<String, @Nullable String>();
		typed.put("result", result);
		return act(response, redirect, model, solicitation, action == null ? null : action.label(), typed, () -> {
			var after = solicitations.transition(solicitation, new SolicitationCommand(action, result));
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
