/** The shared module's HTTP edge: console pages and API endpoints; rules stay in the module's services. */
@NullMarked
package org.govsite.shared.web;

import org.jspecify.annotations.NullMarked;
