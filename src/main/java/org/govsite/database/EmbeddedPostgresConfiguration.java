package org.govsite.database;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL whose data persists under {@code <data-dir>/postgres}, unless an external database
 * is configured through {@code spring.datasource.url}. The data directory is locked for the life of the process so
 * that a second instance fails fast, and a PostgreSQL orphaned by a killed instance is shut down before start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	static class NoExternalDatabase implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}
	}

	/** The running embedded server together with the lock that keeps other instances off its data. */
	record EmbeddedServer(EmbeddedPostgres postgres, FileLock lock, String appPassword) implements AutoCloseable {
		@Override
		public void close() throws IOException {
			try {
				postgres.close();
			}
			finally {
				lock.release();
				lock.channel().close();
			}
		}
	}

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(DataDirectory dataDirectory) throws IOException {
		var lock = dataDirectory.lockExclusively();
		try {
			var pgData = dataDirectory.resolve("postgres");
			Files.createDirectories(pgData);
			shutDownOrphan(pgData);
			log.info("Starting embedded PostgreSQL with data in {}", pgData);
			var postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				// Spring stops the server after the connection pool (destroy order), not a JVM hook racing it.
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "Asia/Shanghai")
				.start();
			log.info("Embedded PostgreSQL is up on port {}", postgres.getPort());
			var appPassword = ApplicationRole.ensure(postgres.getPostgresDatabase());
			return new EmbeddedServer(postgres, lock, appPassword);
		}
		catch (IOException | RuntimeException e) {
			lock.release();
			lock.channel().close();
			throw e;
		}
	}

	/**
	 * The application's connections: the least-privilege role {@code govsite_app} (no superuser, owns no table, so it
	 * cannot switch the audit trail's append-only triggers off; see {@link ApplicationRole}).
	 */
	@Bean
	@Primary
	DataSource dataSource(EmbeddedServer server) {
		var dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url("jdbc:postgresql://localhost:" + server.postgres().getPort() + "/postgres")
			.username(ApplicationRole.NAME)
			.password(server.appPassword())
			.build();
		dataSource.setPoolName("govsite-embedded");
		dataSource.setMaximumPoolSize(20);
		dataSource.setConnectionTimeout(10_000);
		return dataSource;
	}

	/** The owner's connection, for Flyway only: migrations create and own the tables, then grant the application its rights. */
	@Bean
	@FlywayDataSource
	DataSource ownerDataSource(EmbeddedServer server) {
		// no pool: Flyway opens what it needs (its lock and its work) a few times per start
		return DataSourceBuilder.create()
			.type(SimpleDriverDataSource.class)
			.url("jdbc:postgresql://localhost:" + server.postgres().getPort() + "/postgres")
			.username("postgres")
			.password("")
			.build();
	}

	/**
	 * A killed GovSite leaves its PostgreSQL running, still holding the data directory. We own the data directory lock,
	 * so no live GovSite uses that server: stop it (fast shutdown, then a hard kill) and remove a stale pid file.
	 */
	static void shutDownOrphan(Path pgData) throws IOException {
		var pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream()
			.findFirst()
			.map(String::trim)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
		if (orphan.isEmpty()) {
			log.info("Removing stale {}", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		var process = orphan.get();
		log.warn("Found an orphaned embedded PostgreSQL (pid {}) from a previous run; shutting it down", process.pid());
		sendSignal(process.pid(), "INT");
		if (!waitForExit(process, Duration.ofSeconds(30))) {
			log.warn("Orphaned PostgreSQL (pid {}) did not stop in 30 s; killing it", process.pid());
			process.destroyForcibly();
			waitForExit(process, Duration.ofSeconds(10));
		}
		Files.deleteIfExists(pidFile);
	}

	private static void sendSignal(long pid, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception e) {
			return !process.isAlive();
		}
	}
}
