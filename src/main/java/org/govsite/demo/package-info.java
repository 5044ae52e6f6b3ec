/**
 * Demo data for the default profile: the fictional prefecture 示例自治州 with its units, sites and demo accounts.
 * Never loaded under the {@code prod} profile.
 */
@NullMarked
package org.govsite.demo;

import org.jspecify.annotations.NullMarked;
