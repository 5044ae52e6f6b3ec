/**
 * The annual work report form (政府网站工作年度报表, Measures Art. 15; 国办函〔2018〕12号) of each government site and
 * year: figures taken from the platform's own data through the owning modules' read APIs, the fields the unit fills
 * in, sign-off, the lifecycle 草稿 → 已审核 → 已发布 (published on the site's home page before 31 January), reminders
 * from 2 January, the supervisor's view and the prefecture's summary form.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "calendar", "content", "iam", "interaction", "monitoring",
		"publishing", "services", "shared", "site", "unit" })
package org.govsite.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
