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
		SpringApplication.run(GovSite.class, args);
	}
}
