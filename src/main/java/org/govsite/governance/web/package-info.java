/** HTTP adapters of the governance module: the API under /api/v1 and the console screens. */
@NullMarked
package org.govsite.governance.web;

import org.jspecify.annotations.NullMarked;
