package org.govsite.monitoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/monitoring/sites/{siteId}/scans}: the checks to run (omitted: all); {@code homeOnly} checks only the home page's links. */
public record ScanRequest(@Nullable List<String> checks, @Nullable Boolean homeOnly) {
}
