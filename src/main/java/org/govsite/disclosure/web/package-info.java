/** HTTP adapters of the disclosure module: API, office console and public pages. */
@NullMarked
package org.govsite.disclosure.web;

import org.jspecify.annotations.NullMarked;
