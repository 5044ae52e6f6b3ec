package org.govsite.iam.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserId;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: change password, set up or remove the second factor. */
@ConsoleController
class AccountConsole {

	private static final String PENDING_SECRET = "PENDING_TOTP_SECRET";

	private final UserAccounts accounts;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountConsole(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("mustChange", me().mustChangePassword());
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var me = me();
		if (!newPassword.equals(repeatPassword)) {
			model.addAttribute("mustChange", me.mustChangePassword());
			model.addAttribute("reasons", java.util.List.of("两次输入的新密码不一致"));
			return "account/password";
		}
		try {
			accounts.changePassword(new UserId(me.id()), currentPassword, newPassword);
		}
		catch (Refusal refusal) {
			model.addAttribute("mustChange", me.mustChangePassword());
			model.addAttribute("reasons", refusal.reasons());
			return "account/password";
		}
		refreshPrincipal(me, request, response);
		redirect.addFlashAttribute(ConsoleForms.FLASH, "密码已修改");
		return "redirect:/";
	}

	@GetMapping("/account/security")
	String security(Model model, HttpSession session) {
		var me = me();
		var view = accounts.find(new UserId(me.id())).orElseThrow(() -> Refusal.notFound("账号不存在"));
		model.addAttribute("account", view);
		var pending = (String) session.getAttribute(PENDING_SECRET);
		if (pending != null && !view.secondFactor()) {
			model.addAttribute("secret", pending);
			model.addAttribute("otpauth", otpauthUri(me.username(), pending));
		}
		return "account/security";
	}

	@PostMapping("/account/security/totp/start")
	String startTotp(HttpSession session) {
		session.setAttribute(PENDING_SECRET, accounts.newTotpSecret());
		return "redirect:/account/security";
	}

	@PostMapping("/account/security/totp/enable")
	String enableTotp(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var me = me();
		var secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			redirect.addFlashAttribute("reasons", java.util.List.of("请先生成密钥，再填写动态口令"));
			return "redirect:/account/security";
		}
		try {
			accounts.enableTotp(new UserId(me.id()), secret, code);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("reasons", refusal.reasons());
			return "redirect:/account/security";
		}
		session.removeAttribute(PENDING_SECRET);
		// the change ends every other session of the account; this one carries on under the new version
		refreshPrincipal(me, request, response);
		redirect.addFlashAttribute(ConsoleForms.FLASH, "双因素认证已启用，下次登录时须填写动态口令");
		return "redirect:/account/security";
	}

	@PostMapping("/account/security/totp/disable")
	String disableTotp(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var me = me();
		accounts.disableTotp(new UserId(me.id()));
		refreshPrincipal(me, request, response);
		redirect.addFlashAttribute(ConsoleForms.FLASH, "双因素认证已关闭");
		return "redirect:/account/security";
	}

	/** Replaces the session's principal with the account as it now stands, so the password gate lets it through. */
	private void refreshPrincipal(CurrentUser me, HttpServletRequest request, HttpServletResponse response) {
		var fresh = accounts.currentPrincipal(new UserId(me.id())).orElse(me);
		var authorities = fresh.grants().stream()
			.map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
			.distinct()
			.toList();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	static String otpauthUri(String username, String secret) {
		var issuer = "GovSite";
		return "otpauth://totp/" + enc(issuer) + ":" + enc(username) + "?secret=" + secret + "&issuer=" + enc(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static CurrentUser me() {
		return CurrentUser.require();
	}

}
