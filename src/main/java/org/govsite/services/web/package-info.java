/** HTTP adapters of the service catalogue: API, console and the public service entrance. */
@NullMarked
package org.govsite.services.web;

import org.jspecify.annotations.NullMarked;
