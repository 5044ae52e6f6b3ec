package org.govsite.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.govsite.GovSite;
import org.govsite.site.SiteForm;
import org.govsite.site.SiteType;
import org.govsite.site.Sites;
import org.govsite.unit.UnitForm;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The embedded database's life on a real data directory: data survives a restart, a second instance is refused, and a
 * start after {@code kill -9} recovers from the orphaned PostgreSQL on its own.
 */
@Tag("slow")
class DataDirectoryLifecycleTests {

	@TempDir Path dataDir;

	@Test
	void aSiteCreatedBeforeARestartIsThereAfterIt() {
		try (var first = start(dataDir)) {
			asAdmin(() -> {
				var units = first.getBean(Units.class);
				var unit = units.register(new UnitForm("重启测试局", UnitKind.DEPARTMENT, null, null, null, null, null, null, null, null));
				first.getBean(Sites.class).register(new SiteForm("重启测试局网站", SiteType.DEPARTMENT, "9901000099",
						"cqcs.shilizhou.gov.cn", List.of(), unit.id(), null, null, null, null));
			});
		}
		try (var second = start(dataDir)) {
			assertThat(second.getBean(Sites.class).findByDomain("cqcs.shilizhou.gov.cn"))
				.hasValueSatisfying(site -> assertThat(site.name()).isEqualTo("重启测试局网站"));
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectoryFailsFast() {
		try (var first = start(dataDir)) {
			long began = System.nanoTime();
			assertThatThrownBy(() -> start(dataDir).close())
				.rootCause()
				.hasMessageContaining("is in use by another running GovSite instance");
			// fast = refused at the lock, not after a connection or start-up timeout; the bound leaves room for a busy
			// two-core CI machine that starts Spring up to the database bean in 20-40 s
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(90));
			assertThat(first.isRunning()).isTrue();
		}
	}

	@Test
	void aStartAfterKillMinusNineShutsDownTheOrphanedDatabaseAndRecovers() throws Exception {
		int port = freePort();
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), GovSite.class.getName(),
				"--spring.profiles.active=test", "--govsite.data-dir=" + dataDir, "--server.port=" + port)
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-child.log").toFile())
			.start();
		try {
			var http = HttpClient.newHttpClient();
			// a fresh JVM starting the whole application: minutes on a busy two-core machine
			await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()
				.contains("UP"));
		}
		finally {
			child.destroyForcibly(); // SIGKILL: no shutdown hooks, the PostgreSQL child is orphaned
			child.waitFor();
		}
		var pidFile = dataDir.resolve("postgres/postmaster.pid");
		assertThat(pidFile).exists();
		long orphanPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (var recovered = start(dataDir)) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(recovered.getBean(Sites.class).all()).isNotEmpty(); // the demo data the killed instance loaded
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(GovSite.class)
			.profiles("test")
			.run("--govsite.data-dir=" + dataDir, "--server.port=0");
	}

	private static void asAdmin(Runnable action) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static int freePort() throws Exception {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
