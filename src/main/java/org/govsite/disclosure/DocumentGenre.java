package org.govsite.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 文种 (genre) of an official document, read from its title as 《党政机关公文处理工作条例》 (Art. 8) names them: the title of
 * a 公文 ends in its genre ("……关于……的通知"), optionally followed by a bracketed remark such as （试行）. Documents whose
 * title ends otherwise (a 办法 or 规划 published on its own, a table of figures) are 其他.
 */
enum DocumentGenre {

	RESOLUTION("决议"), DECISION("决定"), ORDER("命令", "令"), COMMUNIQUE("公报"), ANNOUNCEMENT("公告"), PUBLIC_NOTICE("通告"),
	OPINION("意见"), NOTICE("通知"), CIRCULAR("通报"), REPORT("报告"), REQUEST("请示"), REPLY("批复"), MOTION("议案"),
	LETTER("函"), MINUTES("纪要"), OTHER();

	private final List<String> endings;

	DocumentGenre(String... endings) {
		this.endings = List.of(endings);
	}

	/** The words a title of this genre ends in (none for 其他). */
	List<String> endings() {
		return endings;
	}

	String label() {
		return this == OTHER ? "其他" : endings.get(0);
	}

	/** Every ending of every named genre (what 其他 does not end in). */
	static List<String> allEndings() {
		return Arrays.stream(values()).flatMap(g -> g.endings.stream()).toList();
	}

	private static final Pattern REMARK = Pattern.compile("(（[^）]*）|\\([^)]*\\))\\s*$");

	static DocumentGenre of(String title) {
		var stripped = REMARK.matcher(title.strip()).replaceFirst("").strip();
		DocumentGenre best = OTHER;
		int bestLength = 0;
		for (var genre : values()) {
			for (var ending : genre.endings) {
				// the longest ending wins: 命令 over 令, and 通知 is not 知
				if (stripped.endsWith(ending) && ending.length() > bestLength) {
					best = genre;
					bestLength = ending.length();
				}
			}
		}
		return best;
	}
}
