package org.govsite.assessment;

import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers the rules use: veto lines and the vendors' earlier warning lines, the deduction table (points per
 * occurrence, cap per item, points per heading) and the bonus points. Defaults from national-rules.md §1; every value
 * can be set under {@code govsite.assessment.*} (see {@link AssessmentProperties}).
 */
record RuleTable(Map<String, Double> lines, Map<DeductionItem, Double> points, Map<DeductionItem, Double> caps,
		Map<Heading, Double> headings, Map<BonusItem, Double> bonus) {

	static final Map<String, Double> DEFAULT_LINES = Map.ofEntries(
			Map.entry("unreachable-percent", 5.0), Map.entry("unreachable-warning-percent", 3.0),
			Map.entry("probe-visits-per-day", 20.0),
			Map.entry("home-days", 14.0), Map.entry("home-warning-days", 10.0),
			Map.entry("stale-columns", 5.0), Map.entry("stale-columns-warning", 3.0),
			Map.entry("long-stale-columns", 10.0), Map.entry("long-stale-columns-warning", 7.0),
			Map.entry("empty-columns", 5.0), Map.entry("empty-columns-warning", 3.0),
			Map.entry("unanswered-months", 3.0), Map.entry("unanswered-warning-months", 2.0),
			Map.entry("replies-stale-months", 2.0),
			Map.entry("guide-items", 5.0), Map.entry("guide-missing-elements", 4.0), Map.entry("guide-items-warning", 3.0),
			Map.entry("pass-score", 60.0), Map.entry("bonus-from", 80.0), Map.entry("bonus-max", 30.0),
			Map.entry("solicitations-for-bonus", 6.0),
			// not a national number: how long an attack finding may stay open before it counts as 未及时处置
			Map.entry("attack-handling-hours", 24.0));

	static final Map<Heading, Double> DEFAULT_HEADINGS = Map.of(Heading.PUBLISHING, 40.0, Heading.SERVICE, 25.0,
			Heading.INTERACTION, 20.0, Heading.FUNCTION, 15.0);

	static RuleTable defaults() {
		return from(new AssessmentProperties());
	}

	static RuleTable from(AssessmentProperties properties) {
		var lines = new java.util.HashMap<>(DEFAULT_LINES);
		properties.getLines().forEach((name, value) -> {
			if (!DEFAULT_LINES.containsKey(name)) {
				throw new IllegalArgumentException("unknown assessment line govsite.assessment.lines." + name);
			}
			lines.put(name, value);
		});
		var points = new EnumMap<DeductionItem, Double>(DeductionItem.class);
		var caps = new EnumMap<DeductionItem, Double>(DeductionItem.class);
		for (var item : DeductionItem.values()) {
			points.put(item, properties.getPoints().getOrDefault(item, item.defaultPoints()));
			caps.put(item, properties.getCaps().getOrDefault(item, item.defaultCap()));
		}
		var headings = new EnumMap<Heading, Double>(DEFAULT_HEADINGS);
		headings.putAll(properties.getHeadings());
		double total = headings.values().stream().mapToDouble(Double::doubleValue).sum();
		if (Math.abs(total - 100) > 1e-9) {
			throw new IllegalArgumentException("the deduction headings must add up to 100 points, not " + total);
		}
		var bonus = new EnumMap<BonusItem, Double>(BonusItem.class);
		for (var item : BonusItem.values()) {
			bonus.put(item, properties.getBonus().getOrDefault(item, item.defaultPoints()));
		}
		return new RuleTable(Map.copyOf(lines), points, caps, headings, bonus);
	}

	double line(String name) {
		var value = lines.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no assessment line " + name);
		}
		return value;
	}

	int whole(String name) {
		return (int) Math.round(line(name));
	}
}
