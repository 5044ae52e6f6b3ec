/**
 * The platform's one job scheduler: db-scheduler on the table {@code scheduled_tasks}, running every task any module
 * declares as a bean (recurring tasks start themselves; one-time tasks are scheduled through {@code SchedulerClient}).
 * Each execution happens on exactly one node of a cluster. Modules depend only on db-scheduler's types, never on this
 * package.
 */
@NullMarked
package org.govsite.scheduling;

import org.jspecify.annotations.NullMarked;
