package org.govsite.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one monitoring chart as {@code monitoring-chart.js} reads them from {@code data-chart}: days along
 * the bottom, series on a left (0) or right (1) axis. The page shows the same figures in a table.
 */
final class TrendChart {

	private final List<String> days;
	private final List<Map<String, Object>> axes = new ArrayList<>();
	private final List<Map<String, Object>> series = new ArrayList<>();

	TrendChart(List<String> days) {
		this.days = List.copyOf(days);
	}

	TrendChart axis(String name, boolean integer) {
		var axis = new LinkedHashMap<String, Object>();
		axis.put("name", name);
		axis.put("min", 0);
		axis.put("integer", integer);
		axes.add(axis);
		return this;
	}

	TrendChart line(String name, int axis, List<? extends Number> values) {
		return add(name, "line", axis, values);
	}

	TrendChart bars(String name, int axis, List<? extends Number> values) {
		return add(name, "bar", axis, values);
	}

	private TrendChart add(String name, String type, int axis, List<? extends Number> values) {
		var one = new LinkedHashMap<String, Object>();
		one.put("name", name);
		one.put("type", type);
		one.put("axis", axis);
		one.put("values", values);
		series.add(one);
		return this;
	}

	Map<String, Object> data() {
		var data = new LinkedHashMap<String, Object>();
		data.put("days", days);
		data.put("axes", axes);
		data.put("series", series);
		return data;
	}

	static double tenth(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
