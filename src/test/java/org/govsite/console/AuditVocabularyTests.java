package org.govsite.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every audit code the application records has a Chinese name, so that the auditor never reads a code. */
class AuditVocabularyTests {

	static final Pattern LITERAL_CODE = Pattern.compile("AuditRecord\\.of\\(\"([A-Z_]+)\"\\s*,");

	@Test
	void everyCodeRecordedInTheSourcesHasAChineseName() throws IOException {
		var names = new AuditVocabulary().names();
		var unnamed = new TreeSet<String>();
		try (var files = Files.walk(Path.of("src/main/java"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var matcher = LITERAL_CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!names.containsKey(matcher.group(1))) {
						unnamed.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(unnamed).isEmpty();
	}

	@Test
	void lifecycleCodesAreNamedFromTheirLifecyclesLabels() {
		var names = new AuditVocabulary().names();
		assertThat(names).containsEntry("SIGN_IN", "登录").containsEntry("SITE_TRANSITION", "网站状态变更");
		assertThat(names.get("REVIEW_APPROVE")).isEqualTo("信息审核：审核通过");
		assertThat(names.keySet()).anyMatch(code -> code.startsWith("MESSAGE_") && !code.equals("MESSAGE_RECEIVED"));
		assertThat(names.values()).allMatch(name -> name.matches(".*\\p{IsHan}.*"));
	}
}
