package org.govsite.assessment;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the assessment ({@code govsite.assessment.*}): the lines of {@link RuleTable#DEFAULT_LINES}, the
 * deduction table and the bonus points, and the nightly recomputation.
 */
@ConfigurationProperties("govsite.assessment")
class AssessmentProperties {

	private Map<String, Double> lines = new HashMap<>();
	private Map<DeductionItem, Double> points = new EnumMap<>(DeductionItem.class);
	private Map<DeductionItem, Double> caps = new EnumMap<>(DeductionItem.class);
	private Map<Heading, Double> headings = new EnumMap<>(Heading.class);
	private Map<BonusItem, Double> bonus = new EnumMap<>(BonusItem.class);

	public Map<String, Double> getLines() {
		return lines;
	}

	public void setLines(Map<String, Double> lines) {
		this.lines = new HashMap<>(lines);
	}

	public Map<DeductionItem, Double> getPoints() {
		return points;
	}

	public void setPoints(Map<DeductionItem, Double> points) {
		this.points = new EnumMap<>(DeductionItem.class);
		this.points.putAll(points);
	}

	public Map<DeductionItem, Double> getCaps() {
		return caps;
	}

	public void setCaps(Map<DeductionItem, Double> caps) {
		this.caps = new EnumMap<>(DeductionItem.class);
		this.caps.putAll(caps);
	}

	public Map<Heading, Double> getHeadings() {
		return headings;
	}

	public void setHeadings(Map<Heading, Double> headings) {
		this.headings = new EnumMap<>(Heading.class);
		this.headings.putAll(headings);
	}

	public Map<BonusItem, Double> getBonus() {
		return bonus;
	}

	public void setBonus(Map<BonusItem, Double> bonus) {
		this.bonus = new EnumMap<>(BonusItem.class);
		this.bonus.putAll(bonus);
	}




}
