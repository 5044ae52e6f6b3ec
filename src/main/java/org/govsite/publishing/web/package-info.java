/**
 * The publishing module's HTTP edge: the API and console pages for rebuilds, themes and visit statistics, draft
 * previews, the public sites themselves (by path and by host), the visit beacon, attachment downloads, and the site's
 * chrome around the platform's public pages.
 */
@NullMarked
package org.govsite.publishing.web;

import org.jspecify.annotations.NullMarked;
