/**
 * Search as a service (搜索即服务): a full-text index of every live article of the platform, following publication and
 * withdrawal through a change feed in PostgreSQL so that every node's local index converges.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "content", "database", "iam", "proofreading", "publishing", "shared", "site" })
package org.govsite.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
