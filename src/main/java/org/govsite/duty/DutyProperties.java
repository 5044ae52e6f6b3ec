package org.govsite.duty;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code govsite.duty.*}. */
@ConfigurationProperties("govsite.duty")
public class DutyProperties {

	/** An alert not acknowledged within this time escalates to the leader in charge. */
	private Duration acknowledgeWithin = Duration.ofMinutes(15);
	/** Also post every alert as JSON to this URL (enterprise chat robots). */
	private String webhookUrl = "";

	public Duration getAcknowledgeWithin() { return acknowledgeWithin; }
	public void setAcknowledgeWithin(Duration value) { this.acknowledgeWithin = value; }
	public String getWebhookUrl() { return webhookUrl; }
	public void setWebhookUrl(String value) { this.webhookUrl = value; }
}
