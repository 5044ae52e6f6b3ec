package org.govsite.iam;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.unit.UnitForm;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Under the {@code prod} profile: refuse to run while demo accounts exist, and on an empty database create the first
 * system administrator ({@code admin}) from {@code GOVSITE_ADMIN_PASSWORD}.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProductionStartup.class);

	private final UserRepository users;
	private final Units units;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final String adminPassword;
	private final String operatorUnitName;

	ProductionStartup(UserRepository users, Units units, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			@Value("${GOVSITE_ADMIN_PASSWORD:}") String adminPassword,
			@Value("${govsite.bootstrap.operator-unit:大数据中心}") String operatorUnitName) {
		this.users = users;
		this.units = units;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.adminPassword = adminPassword;
		this.operatorUnitName = operatorUnitName;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.existsByDemoTrue()) {
			throw new IllegalStateException("Refusing to start under the prod profile: demo accounts exist in this database."
					+ " Use a fresh database for production (生产环境中存在演示账号，拒绝启动).");
		}
		if (users.count() > 0) {
			return;
		}
		if (adminPassword.isBlank()) {
			throw new IllegalStateException("The database has no accounts: set GOVSITE_ADMIN_PASSWORD to create the first"
					+ " system administrator 'admin' (首次启动须通过 GOVSITE_ADMIN_PASSWORD 设置系统管理员密码).");
		}
		var problems = PasswordPolicy.check("admin", adminPassword);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("GOVSITE_ADMIN_PASSWORD is too weak: " + String.join("；", problems));
		}
		var unit = units.findByName(operatorUnitName).orElseGet(() -> units.register(new UnitForm(operatorUnitName,
				UnitKind.BIG_DATA_CENTER, null, null, null, null, null, null, null, null)));
		var admin = new User(UUID.randomUUID(), "admin", "系统管理员", unit.id().value(), passwords.encode(adminPassword),
				Instant.now(clock));
		admin.grants.add(new RoleGrant(Role.SYSTEM_ADMIN, null));
		users.save(admin);
		audit.record(AuditRecord.of("USER_CREATED", "user", admin.id, "首次启动：创建系统管理员 admin"));
		log.info("Created the first system administrator 'admin' in unit {}", operatorUnitName);
	}

}
