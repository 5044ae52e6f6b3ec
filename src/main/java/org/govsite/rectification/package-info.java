/**
 * Rectification (整改, Art. 24): a notice to a sponsoring unit with items taken from an assessment, a deadline in
 * working days on the platform calendar, the unit's answer to each item with evidence, the supervisor's verification
 * (re-checked against a fresh assessment where the item came from one), reminders when overdue and a recorded 约谈.
 */
@NullMarked
package org.govsite.rectification;

import org.jspecify.annotations.NullMarked;
