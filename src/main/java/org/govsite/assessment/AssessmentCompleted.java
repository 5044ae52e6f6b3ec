package org.govsite.assessment;

import java.time.LocalDate;

/** An assessment run was stored: how many sites it judged and how many were unqualified. */
public record AssessmentCompleted(AssessmentId id, LocalDate from, LocalDate to, int sites, int unqualified) {
}
