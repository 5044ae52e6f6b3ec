package org.govsite.monitoring.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.monitoring.ArticleSweeps;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 历史文章全面检测 in the console: the latest sweep's progress (polled by htmx while it is queued or running), its
 * findings (the findings list filtered to 内容安全), earlier sweeps, and 重新检测 for those who may start one.
 */
@ConsoleController
@RequestMapping("/monitoring/sweeps")
class SweepConsole {

	private final ArticleSweeps sweeps;

	SweepConsole(ArticleSweeps sweeps) {
		this.sweeps = sweeps;
	}

	@GetMapping
	String page(Model model) {
		return page(List.of(), model);
	}

	/** The progress panel alone, for htmx polling. */
	@GetMapping("/progress")
	String progress(Model model) {
		panel(model);
		return "monitoring/sweeps :: progress";
	}

	@PostMapping
	String start(HttpServletResponse response, RedirectAttributes redirect, Model model) {
		return ConsoleForms.attempt(response, () -> {
			sweeps.start();
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已发起历史文章全面检测，正在后台进行");
			return "redirect:/monitoring/sweeps";
		}, refusal -> page(refusal.reasons(), model));
	}

	private String page(List<String> reasons, Model model) {
		var recent = panel(model);
		model.addAttribute("section", "monitoring");
		model.addAttribute("sweeps", recent);
		model.addAttribute("reasons", reasons);
		return "monitoring/sweeps";
	}

	private List<org.govsite.monitoring.SweepView> panel(Model model) {
		var recent = sweeps.recent(20);
		model.addAttribute("latest", recent.isEmpty() ? null : recent.get(0));
		model.addAttribute("mayStart", sweeps.mayStart());
		return recent;
	}
}
