package org.govsite.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council notices bundled in {@code classpath:calendar/holiday-cn/YYYY.json} (holiday-cn by NateScarlet, MIT
 * licence, kept beside the data). A file whose {@code days} list is empty means the year is not announced yet, never
 * that it has no holidays.
 */
@Component
final class BundledNotices {

	static final String LOCATION = "classpath:calendar/holiday-cn/*.json";

	private final Map<Integer, YearNotice> notices;

	BundledNotices() {
		this.notices = load();
	}

	Optional<YearNotice> find(int year) {
		return Optional.ofNullable(notices.get(year));
	}

	Map<Integer, YearNotice> all() {
		return notices;
	}

	private static Map<Integer, YearNotice> load() {
		var json = JsonMapper.builder().build();
		var result = new TreeMap<Integer, YearNotice>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				var filename = resource.getFilename();
				if (filename == null || !filename.matches("\\d{4}\\.json")) {
					continue;
				}
				try (var in = resource.getInputStream()) {
					var notice = parse(json.readTree(in));
					result.put(notice.year(), notice);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the bundled holiday notices", e);
		}
		if (result.isEmpty()) {
			throw new IllegalStateException("no bundled holiday notices found at " + LOCATION);
		}
		return Map.copyOf(result);
	}

	static YearNotice parse(JsonNode root) {
		int year = root.required("year").asInt();
		var days = new ArrayList<NoticeDay>();
		for (JsonNode day : root.required("days")) {
			days.add(new NoticeDay(LocalDate.parse(day.required("date").asString()), day.required("name").asString(),
					day.required("isOffDay").asBoolean()));
		}
		var papers = new ArrayList<String>();
		root.path("papers").forEach(paper -> papers.add(paper.asString()));
		return new YearNotice(year, !days.isEmpty(), CalendarSource.BUNDLED, days, papers);
	}
}
