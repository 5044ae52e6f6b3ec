package org.govsite.monitoring;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback for crawler, link-check and probe tests: routes are answers keyed by raw path, hits
 * are counted per path, and {@link #down()} / {@link #up()} simulate an outage.
 */
public final class TestSite implements AutoCloseable {

	/** How to answer one path. */
	@FunctionalInterface
	public interface Route {
		void answer(HttpExchange exchange, int hit) throws IOException;
	}

	private final HttpServer server;
	private final Map<String, Route> routes = new ConcurrentHashMap<>();
	private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
	private volatile boolean down;

	public TestSite(String host) {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		this.host = host;
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.start();
	}

	private final String host;

	public TestSite() {
		this("127.0.0.1");
	}

	public URI url(String path) {
		return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public TestSite route(String rawPath, Route route) {
		routes.put(rawPath, route);
		return this;
	}

	public TestSite html(String rawPath, String html) {
		return route(rawPath, (exchange, hit) -> send(exchange, 200, "text/html; charset=utf-8", html, StandardCharsets.UTF_8));
	}

	public TestSite status(String rawPath, int status) {
		return route(rawPath, (exchange, hit) -> send(exchange, status, "text/html; charset=utf-8",
				"<html><body>status " + status + "</body></html>", StandardCharsets.UTF_8));
	}

	public TestSite redirect(String rawPath, int status, String location) {
		return route(rawPath, (exchange, hit) -> {
			exchange.getResponseHeaders().add("Location", location);
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
	}

	public int hits(String rawPath) {
		var count = hits.get(rawPath);
		return count == null ? 0 : count.get();
	}

	public void down() {
		down = true;
	}

	public void up() {
		down = false;
	}

	public static void send(HttpExchange exchange, int status, String type, String body, Charset charset)
			throws IOException {
		var bytes = body.getBytes(charset);
		exchange.getResponseHeaders().add("Content-Type", type);
		if (exchange.getRequestMethod().equals("HEAD")) {
			exchange.getResponseHeaders().add("Content-Length", String.valueOf(bytes.length));
			exchange.sendResponseHeaders(status, -1);
		}
		else {
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private void handle(HttpExchange exchange) throws IOException {
		var path = exchange.getRequestURI().getRawPath();
		int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
		if (down) {
			exchange.getResponseHeaders().add("Retry-After", "0");
			send(exchange, 503, "text/plain", "down", StandardCharsets.UTF_8);
			return;
		}
		var route = routes.get(path);
		if (route == null) {
			send(exchange, 404, "text/html; charset=utf-8", "<html><body>404</body></html>", StandardCharsets.UTF_8);
			return;
		}
		route.answer(exchange, hit);
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}
}
