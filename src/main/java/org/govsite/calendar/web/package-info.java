/** The calendar module's HTTP API. */
@NullMarked
package org.govsite.calendar.web;

import org.jspecify.annotations.NullMarked;
