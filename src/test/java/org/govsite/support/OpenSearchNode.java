package org.govsite.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real OpenSearch 2.19 node for the tests, started once per test JVM from the Maven artifacts on the test classpath
 * ({@code org.opensearch:opensearch}, the Netty 4 transport and the common analysis module; no security plugin, no
 * Docker, no download).
 *
 * <p>It runs in a JVM of its own ({@link OpenSearchNodeMain}) because OpenSearch needs Log4j's core as the
 * implementation of the Log4j API (its {@code Loggers.setLevel}, called while a node is constructed, casts the API's
 * logger context to the core's), while Spring Boot's logging routes that API to SLF4J in the tests' JVM. The node's
 * classpath is the tests' own with {@code log4j-to-slf4j} swapped for {@code log4j-core} (a test dependency that
 * surefire keeps off the tests' classpath). The node stops when the test JVM ends, even when it is killed: it watches
 * its standard input.
 */
public final class OpenSearchNode {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchNode.class);
	private static final long START_TIMEOUT_SECONDS = 180;
	private static OpenSearchNode shared;

	private final Process process;
	private final Path home;
	private final String url;

	private OpenSearchNode(Path home) throws IOException {
		this.home = home;
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = List.of(java, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Dorg.apache.logging.log4j.level=WARN", "-Djava.io.tmpdir=" + home, "-cp", classpath(),
				OpenSearchNodeMain.class.getName(), home.toString());
		long started = System.nanoTime();
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var ready = new CompletableFuture<String>();
		var output = new Thread(() -> follow(ready), "opensearch-test-node-output");
		output.setDaemon(true);
		output.start();
		try {
			this.url = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException | ExecutionException | TimeoutException e) {
			process.destroyForcibly();
			throw new IllegalStateException("The test OpenSearch node did not start; its output is above in the log", e);
		}
		log.info("OpenSearch test node at {} started in {} ms", url, (System.nanoTime() - started) / 1_000_000);
	}

	/** The test JVM's node, started on first use and stopped when the JVM exits. */
	public static synchronized OpenSearchNode shared() {
		if (shared == null) {
			try {
				var node = new OpenSearchNode(Files.createTempDirectory("govsite-opensearch"));
				Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "opensearch-test-node-stop"));
				shared = node;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return shared;
	}

	/** The node's HTTP address, e.g. {@code http://127.0.0.1:41235}. */
	public String url() {
		return url;
	}

	private void follow(CompletableFuture<String> ready) {
		try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith(OpenSearchNodeMain.READY)) {
					ready.complete(line.substring(OpenSearchNodeMain.READY.length()).strip());
				}
				else {
					log.info("[opensearch] {}", line);
				}
			}
		}
		catch (IOException e) {
			// the node's output ended
		}
		ready.completeExceptionally(new IllegalStateException("The OpenSearch node exited with " + process.exitValue()));
	}

	private void stop() {
		try {
			process.getOutputStream().close();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (IOException | InterruptedException e) {
			process.destroyForcibly();
		}
		try (Stream<Path> files = Files.walk(home)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			// a temporary directory left behind
		}
	}

	/** The tests' classpath (surefire's, not its booter jar's) with Log4j's core in place of its SLF4J bridge. */
	private static String classpath() {
		var tests = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		var entries = new ArrayList<String>();
		String log4jApi = null;
		for (var entry : tests.split(File.pathSeparator)) {
			var name = Path.of(entry).getFileName().toString();
			if (name.startsWith("log4j-to-slf4j-") || name.startsWith("log4j-core-")) {
				continue;
			}
			if (name.startsWith("log4j-api-")) {
				log4jApi = entry;
			}
			entries.add(entry);
		}
		if (log4jApi == null) {
			throw new IllegalStateException("log4j-api is not on the test classpath: " + tests);
		}
		// the core of the same version sits beside the API in the local Maven repository (a test dependency)
		var version = Path.of(log4jApi).getParent();
		var core = version.getParent().resolveSibling("log4j-core").resolve(version.getFileName())
			.resolve("log4j-core-" + version.getFileName() + ".jar");
		if (!Files.isRegularFile(core)) {
			throw new IllegalStateException("log4j-core is not in the local Maven repository: " + core);
		}
		entries.add(core.toString());
		return String.join(File.pathSeparator, entries);
	}

	@Override
	public String toString() {
		return "OpenSearchNode" + Arrays.asList(url, home);
	}
}
