/**
 * GovSite application root: one sub-package per capability of the Measures.
 */
@NullMarked
package org.govsite;

import org.jspecify.annotations.NullMarked;
