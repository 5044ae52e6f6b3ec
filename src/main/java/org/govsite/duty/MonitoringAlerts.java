package org.govsite.duty;

import org.govsite.monitoring.FindingOpened;
import org.govsite.monitoring.IncidentClosed;
import org.govsite.monitoring.IncidentLifecycle;
import org.govsite.monitoring.IncidentOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns monitoring's serious findings and incidents into alerts to the officer on shift. */
@Component
class MonitoringAlerts {

	private final DutyDesk desk;

	MonitoringAlerts(DutyDesk desk) {
		this.desk = desk;
	}

	@ApplicationModuleListener
	void on(IncidentOpened event) {
		desk.raise("INCIDENT", event.incidentId(), event.siteId().value(), event.siteName() + " " + event.kind().label(), event.cause());
	}

	@ApplicationModuleListener
	void on(IncidentClosed event) {
		desk.resolve(event.incidentId(), event.siteName()
				+ (event.kind() == IncidentLifecycle.Cause.TAMPER ? " 被篡改文件已全部恢复（" : " 已恢复访问（") + event.at() + "）");
	}

	@ApplicationModuleListener
	void on(FindingOpened event) {
		desk.raise("FINDING", event.findingId(), event.siteId().value(),
				event.siteName() + " 发现严重问题（" + event.check().label() + "）", event.summary() + "：" + event.url());
	}
}
