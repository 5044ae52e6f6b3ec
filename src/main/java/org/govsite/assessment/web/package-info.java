/** HTTP side of the assessment: the API under {@code /api/v1} and the supervisor's console pages. */
@NullMarked
package org.govsite.assessment.web;

import org.jspecify.annotations.NullMarked;
