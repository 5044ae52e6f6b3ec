package org.govsite.iam;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in account as the security context holds it: who, which unit, which roles where. Serializable because
 * sessions live in PostgreSQL and are shared by all nodes. {@code securityVersion} is the account's version when the
 * principal was made: a session or token whose version is behind the account's is revoked.
 */
public record CurrentUser(UUID id, String username, String displayName, UUID unitId, List<Grant> grants,
		boolean mustChangePassword, long securityVersion) implements Serializable, AuthenticatedPrincipal {

	/** The username, which is what the audit trail and logs name the actor by. */
	@Override
	public String getName() {
		return username;
	}

	/**
	 * A role held platform-wide ({@code siteId == null}), on one site, or on the subtree of one column of the site
	 * ({@code columnId}: the column and every column below it).
	 */
	public record Grant(Role role, @Nullable UUID siteId, @Nullable UUID columnId) implements Serializable {

		public Grant(Role role, @Nullable UUID siteId) {
			this(role, siteId, null);
		}

		/** Whether the grant reaches a place of the site whose column lineage (the column and its ancestors) is given. */
		boolean reaches(SiteId site, Collection<UUID> lineage) {
			return (siteId == null || siteId.equals(site.value())) && (columnId == null || lineage.contains(columnId));
		}
	}

	/** Whether the account holds the role platform-wide. */
	public boolean hasPlatformRole(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role && grant.siteId() == null);
	}

	/**
	 * Whether the account holds the role at a place of the site: platform-wide, on the whole site, or on a column
	 * subtree that contains the place. {@code lineage} is the place's column and its ancestors (empty: the site as a
	 * whole, which only platform-wide and whole-site grants reach).
	 */
	public boolean hasRoleAt(Role role, SiteId site, Collection<UUID> lineage) {
		return grants.stream().anyMatch(grant -> grant.role() == role && grant.reaches(site, lineage));
	}

	/**
	 * The column subtrees to which the account's content roles on the site are limited, or empty when one of them
	 * reaches the whole site (platform-wide or on the site): what lists and inboxes filter by.
	 */
	public Set<UUID> columnScopesOn(SiteId site, Collection<Role> roles) {
		var scoped = new java.util.HashSet<UUID>();
		for (var grant : grants) {
			if (!roles.contains(grant.role()) || grant.siteId() != null && !grant.siteId().equals(site.value())) {
				continue;
			}
			if (grant.columnId() == null) {
				return Set.of();
			}
			scoped.add(grant.columnId());
		}
		return scoped;
	}

	/** Whether the account holds the role on the site (anywhere on it: whole site or a column subtree), or platform-wide. */
	public boolean hasRoleOn(Role role, SiteId site) {
		return grants.stream()
			.anyMatch(grant -> grant.role() == role && (grant.siteId() == null || grant.siteId().equals(site.value())));
	}

	/** The sites on which the account holds the role (empty when it holds it platform-wide: see {@link #hasPlatformRole}). */
	public List<SiteId> sitesWith(Role role) {
		return grants.stream()
			.filter(grant -> grant.role() == role && grant.siteId() != null)
			.map(grant -> new SiteId(grant.siteId()))
			.distinct()
			.toList();
	}

	/** The signed-in account, or a refusal ("请先登录") for anyone else: the one "current user or refuse". */
	public static CurrentUser require() {
		return fromContext().orElseThrow(() -> org.govsite.shared.Refusal.forbidden("请先登录"));
	}

	public static java.util.Optional<CurrentUser> fromContext() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				? java.util.Optional.of(user) : java.util.Optional.empty();
	}
}
