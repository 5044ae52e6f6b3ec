package org.govsite.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.GovSite;

/**
 * A GovSite node as a separate operating-system process (the JVM running the tests starts it from its own class path),
 * so that it can be killed with {@code SIGKILL} — no shutdown hook, no flush, no goodbye — and started again. Its log
 * goes to {@code <work-dir>/<name>-<n>.log}.
 */
public final class GovSiteProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;
	private final Path workDir;
	private final Map<String, String> properties;
	private final int port;
	private Process process;
	private Path log;
	private int starts;

	private GovSiteProcess(String name, Path workDir, Map<String, String> properties, int port) {
		this.name = name;
		this.workDir = workDir;
		this.properties = properties;
		this.port = port;
	}

	/** Starts a node with these Spring properties (besides its port and its own data directory) and waits until it is up. */
	public static GovSiteProcess start(String name, Path workDir, Map<String, String> properties) {
		var node = new GovSiteProcess(name, workDir, new LinkedHashMap<>(properties), freePort());
		node.restart();
		return node;
	}

	/** Starts the node (again) on the same port and data directory, and waits until it answers healthy. */
	public void restart() {
		if (process != null && process.isAlive()) {
			throw new IllegalStateException(name + " is still running");
		}
		try {
			Files.createDirectories(workDir);
			log = workDir.resolve(name + "-" + (++starts) + ".log");
			var command = new ArrayList<String>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.add("-Xmx640m");
			command.add("-XX:+UseSerialGC");
			command.add("-XX:TieredStopAtLevel=1");
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add(GovSite.class.getName());
			command.add("--spring.profiles.active=test");
			command.add("--server.port=" + port);
			command.add("--govsite.data-dir=" + workDir.resolve(name));
			properties.forEach((key, value) -> command.add("--" + key + "=" + value));
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// a fresh JVM starting the whole application beside others: minutes on a busy two-core machine
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			return HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
					HttpResponse.BodyHandlers.ofString()).body().contains("UP");
		});
	}

	/** {@code kill -9}: the process ends at once, whatever it was doing. */
	public void kill() {
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public boolean alive() {
		return process != null && process.isAlive();
	}

	public int port() {
		return port;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	public Path log() {
		return log;
	}

	public String name() {
		return name;
	}

	/** Stops the node gracefully (SIGTERM: Spring closes its context). */
	@Override
	public void close() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					kill();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				kill();
			}
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
