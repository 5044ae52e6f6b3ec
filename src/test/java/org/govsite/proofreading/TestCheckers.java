package org.govsite.proofreading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Content checkers for tests and benchmarks of other modules (the proofreader itself is package-private). */
public final class TestCheckers {

	private static final Pattern SEED_ROW = Pattern.compile(
			"\\('([^']+)', '(CORRECTION|BANNED|SENSITIVE|ALLOWED|PROTECTED)', (NULL|'\\w+')(?:, (NULL|'\\w+'), (NULL|'[^']*'))?, (NULL|'[^']*')\\)");

	private TestCheckers() {
	}

	/** The platform's seeded dictionary (the rows of V30 and V150) as a checker. */
	public static ContentChecker seeded() {
		return Proofreader.of(seedTerms(), new PersonalDataDetector(() -> LocalDate.of(2026, 5, 1)));
	}

	/** The seeded dictionary plus {@code extra} random words (2–6 common characters), a dictionary-size benchmark. */
	public static ContentChecker seededPlusRandom(int extra, long seed) {
		var terms = new ArrayList<>(seedTerms());
		var random = new Random(seed);
		var seen = new HashSet<String>();
		var kinds = List.of(EntryKind.CORRECTION, EntryKind.BANNED, EntryKind.SENSITIVE, EntryKind.ALLOWED);
		while (seen.size() < extra) {
			var word = new StringBuilder();
			int length = 3 + random.nextInt(4);
			for (int i = 0; i < length; i++) {
				word.append((char) (0x4E00 + random.nextInt(3000)));
			}
			if (seen.add(word.toString())) {
				var kind = kinds.get(random.nextInt(kinds.size()));
				terms.add(kind == EntryKind.ALLOWED ? Term.allowed(word.toString())
						: Term.of(word.toString(), kind, kind == EntryKind.CORRECTION ? "改" + word : null));
			}
		}
		return Proofreader.of(terms, new PersonalDataDetector(() -> LocalDate.of(2026, 5, 1)));
	}

	static List<Term> seedTerms() {
		var terms = new ArrayList<Term>();
		for (var file : List.of("V30__proofreading.sql", "V150__proofreading_protected_names_and_injection.sql")) {
			String sql;
			try {
				sql = Files.readString(Path.of("src/main/resources/db/migration", file));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			var rows = SEED_ROW.matcher(sql);
			while (rows.find()) {
				if (rows.group(1).matches("[A-Z_]+")) {
					continue; // the CHECK (kind IN (...)) list, not a seed row
				}
				var kind = EntryKind.valueOf(rows.group(2));
				var category = value(rows.group(3));
				boolean v30 = rows.group(4) != null;
				var severity = v30 ? value(rows.group(4)) : kind == EntryKind.ALLOWED ? null
						: kind == EntryKind.SENSITIVE ? "WARNING" : "SERIOUS";
				var suggestion = v30 ? value(rows.group(5)) : null;
				terms.add(new Term(rows.group(1), kind, category == null ? null : Category.valueOf(category),
						severity == null ? null : Severity.valueOf(severity), suggestion, value(rows.group(6))));
			}
		}
		return terms;
	}

	private static String value(String sql) {
		return sql == null || sql.equals("NULL") ? null : sql.substring(1, sql.length() - 1);
	}
}
