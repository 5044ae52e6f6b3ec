/** HTTP edge of the interaction platform: the responders' API, the public JSON API and the public pages. */
@NullMarked
package org.govsite.interaction.web;

import org.jspecify.annotations.NullMarked;
