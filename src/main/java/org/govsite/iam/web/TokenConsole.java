package org.govsite.iam.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.govsite.iam.ApiTokens;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API 令牌: everyone sees and revokes their own tokens; the system and security administrators see all. */
@ConsoleController
class TokenConsole {

	private final ApiTokens tokens;
	private final Clock clock;

	TokenConsole(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/tokens")
	String list(Model model) {
		var me = me();
		var all = seesAll(me);
		model.addAttribute("section", "tokens");
		model.addAttribute("all", all);
		model.addAttribute("tokens", tokens.visibleTo(me, all));
		model.addAttribute("now", Instant.now(clock));
		return "tokens/list";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			tokens.revoke(me(), id);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "令牌已撤销");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("reasons", refusal.reasons());
		}
		return "redirect:/tokens";
	}

	private static boolean seesAll(CurrentUser me) {
		return ApiTokens.managesAllTokens(me);
	}

	private static CurrentUser me() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}
}
