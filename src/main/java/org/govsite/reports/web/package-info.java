/** HTTP adapters of the annual work report form: API, console, public page. */
@NullMarked
package org.govsite.reports.web;

import org.jspecify.annotations.NullMarked;
