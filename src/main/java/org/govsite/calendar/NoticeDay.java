package org.govsite.calendar;

import java.time.LocalDate;

/**
 * One day of a holiday notice: a day off ({@code offDay = true}, e.g. 春节) or a make-up workday on a weekend
 * ({@code offDay = false}, 调休上班), named after the holiday it belongs to.
 */
public record NoticeDay(LocalDate date, String name, boolean offDay) {
}
