/**
 * The service catalogue (政务服务事项目录, Art. 12): service items per sponsoring unit and site with the ten classes of
 * guide elements, the online-handling link to the provincial service platform, downloadable forms, the check of missing
 * elements that feeds the assessment, the yearly case volumes (办件量) for the annual report form, and the public
 * service entrance of the portal.
 */
@ApplicationModule(allowedDependencies = { "audit", "iam", "shared", "site", "unit" })
@NullMarked
package org.govsite.services;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
