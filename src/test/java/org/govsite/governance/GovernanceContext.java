package org.govsite.governance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.govsite.support.GovSiteTest;
import org.govsite.support.MovableClockConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The governance integration tests run in the context the interaction and disclosure suites use (the same
 * configuration, so the test framework keeps one): the movable clock, passwords that do not expire as it moves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GovSiteTest
@Import(MovableClockConfiguration.class)
@TestPropertySource(properties = { "govsite.interaction.submissions-per-ip-per-hour=100000",
		"govsite.iam.password-max-age=P3650D" })
@interface GovernanceContext {
}
