package org.govsite.iam.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.govsite.iam.Role;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserForm;
import org.govsite.iam.UserId;
import org.govsite.iam.UserView;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
class UserApi {

	private final UserAccounts accounts;

	UserApi(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/** A user to create, optionally with roles to grant right away (each checked by the grant rules). */
	record NewUser(@Nullable String username, @Nullable String displayName, @Nullable String unitId,
			@Nullable String phone, @Nullable String email, @Nullable String password, @Nullable List<GrantRequest> roles) {
	}

	record GrantRequest(@Nullable Role role, @Nullable String siteId, @Nullable String columnId) {
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	List<UserView> all() {
		return accounts.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	UserView one(@PathVariable String id) {
		return accounts.find(UserId.of(id)).orElseThrow(() -> Refusal.notFound("账号不存在"));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	ResponseEntity<UserView> create(@RequestBody NewUser request) {
		var form = new UserForm(request.username(), request.displayName(), UnitId(request.unitId()), request.phone(),
				request.email(), request.password());
		var user = accounts.createWithRoles(form, request.roles() == null ? List.of()
				: request.roles().stream().map(r -> new UserAccounts.RoleRequest(r.role(), SiteId.of(r.siteId()), column(r.columnId()))).toList());
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
	}

	@PostMapping("/{id}/roles")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	UserView grant(@PathVariable String id, @RequestBody GrantRequest request) {
		if (request.role() == null) {
			throw Refusal.invalid("请选择角色");
		}
		return accounts.grant(UserId.of(id), request.role(), SiteId.of(request.siteId()), column(request.columnId()));
	}

	@DeleteMapping("/{id}/roles/{role}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	UserView revoke(@PathVariable String id, @PathVariable Role role, @RequestParam(required = false) String siteId,
			@RequestParam(required = false) String columnId) {
		return accounts.revoke(UserId.of(id), role, SiteId.of(siteId), column(columnId));
	}

	/** A column id as typed in a request: blank is none, anything but a UUID is refused in Chinese. */
	private static java.util.@Nullable UUID column(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return java.util.UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.invalid("栏目编号格式不正确");
		}
	}

	private static org.govsite.unit.@Nullable UnitId UnitId(@Nullable String text) {
		return org.govsite.unit.UnitId.of(text);
	}
}
