package org.govsite.monitoring.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs belong to the site being crawled: its hosts (the monitoring address's host and the site's registered
 * domains) and, when the address has a path prefix, only URLs under it. Other hosts under the same registered domain
 * are 同域 (checked, not crawled).
 */
public record Scope(Set<String> hosts, String pathPrefix) {

	private static final Set<String> SECOND_LEVEL = Set.of("gov.cn", "com.cn", "org.cn", "net.cn", "edu.cn", "ac.cn");

	public static Scope of(URI start, Set<String> domains) {
		var hosts = new java.util.HashSet<String>();
		hosts.add(hostPort(start));
		domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).forEach(hosts::add);
		var path = start.getRawPath() == null ? "/" : start.getRawPath();
		var prefix = path.endsWith("/") ? path : path.substring(0, path.lastIndexOf('/') + 1);
		return new Scope(Set.copyOf(hosts), prefix.isEmpty() ? "/" : prefix);
	}

	public boolean inside(URI url) {
		var path = url.getRawPath() == null ? "/" : url.getRawPath();
		return (hosts.contains(hostPort(url)) || hosts.contains(host(url))) && path.startsWith(pathPrefix);
	}

	boolean sameDomain(URI url) {
		var registered = hosts.stream().map(Scope::registered).collect(Collectors.toSet());
		return registered.contains(registered(host(url)));
	}

	static String registered(String hostPort) {
		var host = hostPort.contains(":") && !hostPort.startsWith("[") ? hostPort.substring(0, hostPort.indexOf(':'))
				: hostPort;
		if (host.matches("[0-9.]+")) {
			return host;
		}
		var labels = host.split("\\.");
		if (labels.length <= 2) {
			return host;
		}
		var lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
		int keep = SECOND_LEVEL.contains(lastTwo) ? 3 : 2;
		return String.join(".", java.util.Arrays.copyOfRange(labels, Math.max(0, labels.length - keep), labels.length));
	}

	private static String host(URI url) {
		return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
	}

	private static String hostPort(URI url) {
		return host(url) + (url.getPort() == -1 ? "" : ":" + url.getPort());
	}
}
