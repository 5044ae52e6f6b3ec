/** HTTP side of rectification: the API under {@code /api/v1}. */
@NullMarked
package org.govsite.rectification.web;

import org.jspecify.annotations.NullMarked;
