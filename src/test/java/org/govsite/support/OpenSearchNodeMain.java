package org.govsite.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * The test OpenSearch node's own JVM (started by {@link OpenSearchNode}): one node with the plugins every OpenSearch
 * distribution bundles that GovSite needs (Netty 4 HTTP transport, common analysis), single-node discovery, HTTP and
 * transport on free ports of 127.0.0.1, everything under the home directory given as the argument. Prints
 * {@value #READY} and the HTTP address when it answers; stops when its standard input closes (the test JVM ended).
 */
final class OpenSearchNodeMain {

	static final String READY = "OPENSEARCH-READY ";

	private OpenSearchNodeMain() {
	}

	public static void main(String[] args) throws Exception {
		var home = Path.of(args[0]);
		var settings = Settings.builder()
			.put("path.home", home.toString())
			.put("cluster.name", "govsite-test")
			.put("node.name", "govsite-test-node")
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", "0")
			.put("transport.port", "0")
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			// a nearly full disk must not turn the test indices read-only
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		var node = new PluginNode(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "govsite-test-node"));
		node.start();
		var address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
		System.out.println(READY + "http://" + address.getAddress() + ":" + address.getPort());
		System.out.flush();
		while (System.in.read() >= 0) {
			// the test JVM holds our standard input open while it lives
		}
		node.close();
		node.awaitClose(30, TimeUnit.SECONDS);
		System.exit(0);
	}

	/** A node whose plugins come from the classpath instead of a plugins directory. */
	private static final class PluginNode extends Node {

		PluginNode(Environment environment) {
			super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
		}
	}
}
