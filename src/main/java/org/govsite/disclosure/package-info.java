/**
 * Government information disclosure (政府信息公开, Regulations on Open Government Information, revised 2019): requests
 * for disclosure (依申请公开) on the working-day calendar with their statutory clock, decision letters, and the annual
 * disclosure report.
 */
@NullMarked
package org.govsite.disclosure;

import org.jspecify.annotations.NullMarked;
