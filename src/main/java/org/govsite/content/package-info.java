/**
 * Content (Art. 8-11, 16): column trees with update deadlines, articles with revisions and policy metadata, the
 * three-review workflow (三审) with urgent publishing, policy ↔ interpretation links, special topics and headline
 * directives.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "database", "iam", "proofreading", "shared", "site", "unit" })
package org.govsite.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
