package org.govsite.iam;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A role held platform-wide ({@code siteId == null}) or on one site. */
@Table("role_grant")
record RoleGrant(Role role, @Nullable UUID siteId) {
}
