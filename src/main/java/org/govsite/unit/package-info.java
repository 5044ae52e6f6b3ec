/**
 * Units (单位, Art. 2-5, 20): the supervising general office, the Big Data Center, regulators, governments,
 * departments, townships, non-government units and vendors, with their hierarchy, contacts and the leader in charge.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "shared" })
package org.govsite.unit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
