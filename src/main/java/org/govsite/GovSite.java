package org.govsite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * GovSite: the platform on which a prefecture's Big Data Center hosts, runs and supervises
 * all of the prefecture's government websites (政府网站集约化平台).
 */
// Accounts live in the iam module; Boot's generated in-memory user must never exist.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class GovSite {

	public static void main(String[] args) {
		idleConnectionsExpire();
		SpringApplication.run(GovSite.class, args);
	}

	/**
	 * The JDK HTTP client keeps an idle connection for 20 minutes unless told otherwise; the monitor talks to
	 * thousands of hosts once every few minutes, so it would hold one open file per site. Ten seconds keeps a crawl's
	 * back-to-back requests on one connection and lets the probes' connections go. Read once, before any client exists.
	 */
	public static void idleConnectionsExpire() {
		if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
			System.setProperty("jdk.httpclient.keepalive.timeout", "10");
		}
	}
}
