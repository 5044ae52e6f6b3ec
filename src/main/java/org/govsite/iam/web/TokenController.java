package org.govsite.iam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.govsite.iam.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import java.util.List;
import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.TokenView;
import org.govsite.shared.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record TokenRequest(@NotBlank(message = "请填写用户名") @Nullable String username,
			@NotBlank(message = "请填写密码") @Nullable String password, @Nullable String code) {
	}

	/** Issues a bearer token; five wrong passwords lock the account as in the console. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.IssuedToken issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		return tokens.issue(request.username(), request.password(), request.code(), http.getRemoteAddr());
	}

	/** The caller's own tokens (never their values); {@code ?all=true}: every account's, for the security administrator. */
	@GetMapping
	List<TokenView> list(@RequestParam(defaultValue = "false") boolean all) {
		return tokens.visibleTo(me(), all);
	}

	/** Revokes one of the caller's tokens, or any token for the security administrator; audited. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		tokens.revoke(me(), id);
		return ResponseEntity.noContent().build();
	}

	private static CurrentUser me() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}
}
