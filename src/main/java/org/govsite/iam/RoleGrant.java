package org.govsite.iam;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A role held platform-wide ({@code siteId == null}), on one site, or on a column subtree of one site
 * ({@code columnId}, editors and reviewers only).
 */
@Table("role_grant")
record RoleGrant(Role role, @Nullable UUID siteId, @Nullable UUID columnId) {

	@org.springframework.data.annotation.PersistenceCreator
	RoleGrant {
	}

	RoleGrant(Role role, @Nullable UUID siteId) {
		this(role, siteId, null);
	}
}
