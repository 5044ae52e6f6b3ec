/** The search module's public JSON API and public search page. */
@NullMarked
package org.govsite.search.web;

import org.jspecify.annotations.NullMarked;
