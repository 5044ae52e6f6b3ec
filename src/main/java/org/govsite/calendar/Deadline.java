package org.govsite.calendar;

import java.time.LocalDate;

/**
 * A deadline: the end of the working day {@code deadline}. {@code provisional} is true when any day counted lies in
 * a year whose holiday notice is not announced yet, so the date may still move.
 */
public record Deadline(LocalDate deadline, boolean provisional) {
}
