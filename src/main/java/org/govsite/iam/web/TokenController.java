package org.govsite.iam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.govsite.iam.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
}
