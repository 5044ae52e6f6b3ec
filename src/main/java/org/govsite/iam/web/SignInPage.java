package org.govsite.iam.web;

import jakarta.servlet.http.HttpSession;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.web.ConsoleController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's sign-in page; the form posts to Spring Security's {@code /login}. */
@ConsoleController
class SignInPage {

	static final String SIGN_IN_ERROR = "SIGN_IN_ERROR";
	static final String SIGN_IN_USERNAME = "SIGN_IN_USERNAME";

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout,
			@RequestParam(required = false) @Nullable String revoked, @Nullable HttpSession session, Model model) {
		if (CurrentUser.fromContext().isPresent()) {
			return "redirect:/";
		}
		if (error != null) {
			Object message = session == null ? null : session.getAttribute(SIGN_IN_ERROR);
			Object typed = session == null ? null : session.getAttribute(SIGN_IN_USERNAME);
			if (session != null) {
				session.removeAttribute(SIGN_IN_ERROR);
				session.removeAttribute(SIGN_IN_USERNAME);
			}
			if (typed != null) {
				model.addAttribute("username", typed.toString());
			}
			model.addAttribute("error", message == null ? "登录失败，请重试" : message.toString());
		}
		if (revoked != null) {
			model.addAttribute("error", "您的账号权限、状态或密码已变更，请重新登录");
		}
		if (logout != null) {
			model.addAttribute("loggedOut", true);
		}
		return "login";
	}
}
