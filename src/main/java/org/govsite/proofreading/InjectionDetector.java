package org.govsite.proofreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gambling, pornography and black-hat SEO injection (涉赌涉黄、黑帽SEO, Measures Art. 10; national rules §4): the
 * attack that swaps a place name for a chain of casino keywords or stuffs a page with hidden promotion. Pure and
 * thread-safe. Rules, each a method below:
 * <ol>
 * <li>{@link #promotion}: a (non-weak) lexicon word outside an enforcement context. A sentence that also says
 * 打击, 查处, 非法, 警方 … reports a crackdown, not a promotion, and is left alone;</li>
 * <li>{@link #chainsWithWords}: a keyword chain ({@code A_B_C}, {@code A|B|C}, or space-joined) carrying lexicon words,
 * weak ones included, needs no other signal;</li>
 * <li>{@link #repeatedChains}: the same {@code _}/{@code |} chain more than once on the page — stuffed with one
 * keyword stem, or sitting inside running text where a name belongs (a place or organisation replaced by the chain
 * throughout a notice) — without any dictionary hit;</li>
 * <li>{@link #headings}: a title or heading that repeats one keyword three times or more when the rest of the page
 * never mentions it, or that carries two lexicon words.</li>
 * </ol>
 */
final class InjectionDetector {

	/** Words that make a sentence a report on gambling or pornography rather than promotion of it. */
	static final List<String> ENFORCEMENT = List.of("打击", "查处", "破获", "取缔", "整治", "严禁", "禁止", "非法", "违法",
			"犯罪", "涉嫌", "举报", "警方", "公安", "法院", "检察", "判处", "判决", "抓获", "扫黄", "打非", "清理", "防范",
			"警惕", "谨防", "提醒", "远离", "拒绝", "专项", "治理", "查获", "立案", "罪", "处罚", "治安", "受害");

	/** A letter of a keyword: CJK ideographs (ranges, not the script lookup, which costs a binary search per char). */
	private static final String LETTER = "[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFFA-Za-z0-9]";
	/**
	 * A chain's part: 2–40 letters. A chain starts only where a run of letters starts (the look-behind), so that the
	 * matcher does not retry at every character inside long runs of running text: that made it the slowest rule.
	 */
	private static final String SEGMENT = LETTER + "{2,40}";
	/** The first part may carry the running text before the chain (a sentence without punctuation) up to 80 letters. */
	private static final String FIRST = "(?<!" + LETTER + ")" + LETTER + "{2,80}";
	private static final Pattern PIPE_CHAIN = Pattern.compile(FIRST + "(?: ?[_|｜] ?" + SEGMENT + ")+");
	private static final Pattern SPACE_CHAIN = Pattern.compile(FIRST + "(?: " + SEGMENT + "){2,}");
	private static final Pattern SEPARATOR = Pattern.compile(" ?[_|｜] ?");
	private static final int CONTEXT = 80;
	private static final int EVIDENCE = 60;

	private final InjectionLexicon lexicon;

	InjectionDetector(InjectionLexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** One segment of a chain: {@code [begin, end)} in the text. */
	private record Segment(int begin, int end, String text) {
	}

	/** Findings in a plain text: promotion, chains with words, repeated chains. */
	List<Finding> check(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		var hits = lexicon.find(text);
		var findings = new ArrayList<Finding>();
		chainsWithWords(text, hits, findings);
		repeatedChains(text, findings);
		promotion(text, hits, findings);
		return findings;
	}

	/** Findings for the headings (title, h1–h3) of a page whose visible text is {@code text}. */
	List<Finding> headings(List<String> headings, String text) {
		var findings = new ArrayList<Finding>();
		for (var heading : headings) {
			int at = heading.length() < 4 ? -1 : text.indexOf(heading);
			if (at < 0) {
				continue;
			}
			var stem = stuffedStem(heading);
			if (stem != null) {
				int inHeading = count(heading, stem);
				int inText = count(text, stem);
				int headingCopies = count(text, heading);
				if (inText <= inHeading * headingCopies) {
					findings.add(new Finding(at, at + heading.length(), heading, Severity.SERIOUS, Category.SEO_INJECTION, null,
							"标题「" + clip(heading) + "」堆砌关键词「" + stem + "」" + inHeading + " 次，而正文未涉及，疑似黑帽SEO注入"));
					continue;
				}
			}
			var words = new ArrayList<String>();
			for (var hit : lexicon.find(heading)) {
				if (!enforcement(heading, hit.begin(), hit.end())) {
					words.add(hit.word().word());
				}
			}
			if (words.size() >= 2) {
				findings.add(new Finding(at, at + heading.length(), heading, Severity.SERIOUS, Category.SEO_INJECTION, null,
						"标题「" + clip(heading) + "」含多个涉赌涉黄词语（" + String.join("、", words) + "），疑似黑帽SEO注入"));
			}
		}
		return findings;
	}

	/** Rule 1: a strong lexicon word in a sentence that does not report a crackdown. */
	private void promotion(String text, List<InjectionLexicon.Hit> hits, List<Finding> findings) {
		for (var hit : hits) {
			if (hit.word().weak() || covered(findings, hit.begin(), hit.end()) || enforcement(text, hit.begin(), hit.end())) {
				continue;
			}
			var matched = text.substring(hit.begin(), hit.end());
			var category = hit.word().category();
			findings.add(new Finding(hit.begin(), hit.end(), matched, Severity.SERIOUS, category, null,
					"「" + matched + "」为" + category.label() + "，疑似被植入的推广内容，不得发布"));
		}
	}

	private record Span(int start, int end) {
	}

	/**
	 * Where a chain pattern matches, tried only at the start of a run of letters that ends at the separator the pattern
	 * needs (what {@code find()} would find, without retrying the pattern at every character of running text).
	 */
	static List<int[]> chains(String text, boolean pipes) {
		var result = new ArrayList<int[]>();
		var matcher = (pipes ? PIPE_CHAIN : SPACE_CHAIN).matcher(text);
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!letter(text.charAt(i))) {
				i++;
				continue;
			}
			int runEnd = i;
			while (runEnd < n && letter(text.charAt(runEnd))) {
				runEnd++;
			}
			if (runEnd - i >= 2 && joins(text, runEnd, pipes)) {
				matcher.region(i, n);
				if (matcher.lookingAt()) {
					result.add(new int[] { i, matcher.end() });
					i = matcher.end();
					while (i < n && letter(text.charAt(i)) && letter(text.charAt(i - 1))) {
						i++;
					}
					continue;
				}
			}
			i = runEnd;
		}
		return result;
	}

	private static boolean letter(char c) {
		return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF'
				|| c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
	}

	private static boolean separator(char c) {
		return c == '_' || c == '|' || c == '｜';
	}

	/** Whether a run of letters ending at {@code at} is followed by what the chain needs next. */
	private static boolean joins(String text, int at, boolean pipes) {
		if (at >= text.length()) {
			return false;
		}
		char next = text.charAt(at);
		if (pipes) {
			return separator(next) || next == ' ' && at + 1 < text.length() && separator(text.charAt(at + 1));
		}
		return next == ' ' && at + 1 < text.length() && letter(text.charAt(at + 1));
	}

	/** Rule 2: a chain whose segments carry lexicon words (outside enforcement segments). */
	private void chainsWithWords(String text, List<InjectionLexicon.Hit> hits, List<Finding> findings) {
		for (var pattern : List.of(PIPE_CHAIN, SPACE_CHAIN)) {
			for (var chain : chains(text, pattern == PIPE_CHAIN)) {
				var matcher = new Span(chain[0], chain[1]);
				var segments = segments(text, matcher.start(), matcher.end(), pattern == PIPE_CHAIN);
				var words = new ArrayList<String>();
				int segmentsWithWords = 0;
				for (var segment : segments) {
					boolean any = false;
					for (var hit : hits) {
						if (hit.begin() >= segment.begin() && hit.end() <= segment.end()
								&& ENFORCEMENT.stream().noneMatch(segment.text()::contains)) {
							words.add(hit.word().word());
							any = true;
						}
					}
					segmentsWithWords += any ? 1 : 0;
				}
				// A space-joined run is also what a menu looks like: it needs words in two of its parts.
				if (segmentsWithWords >= (pattern == PIPE_CHAIN ? 1 : 2) && !covered(findings, matcher.start(), matcher.end())) {
					var matched = text.substring(matcher.start(), matcher.end());
					findings.add(new Finding(matcher.start(), matcher.end(), matched, Severity.SERIOUS, Category.SEO_INJECTION,
							null, "关键词串「" + clip(matched) + "」含涉赌涉黄词语（" + String.join("、", words.stream().distinct().toList())
									+ "），疑似黑帽SEO注入"));
				}
			}
		}
	}

	/**
	 * Rule 3: {@code _}/{@code |} chains grouped by their inner part; within a group the repeated chain is the common
	 * tail of the first segments, the inner part and the common head of the last segments.
	 */
	private void repeatedChains(String text, List<Finding> findings) {
		var groups = new LinkedHashMap<String, List<List<Segment>>>();
		for (var chain : chains(text, true)) {
			var segments = segments(text, chain[0], chain[1], true);
			var inner = text.substring(segments.get(0).end(), segments.get(segments.size() - 1).begin());
			groups.computeIfAbsent(segments.size() + ":" + inner, key -> new ArrayList<>()).add(segments);
		}
		for (var group : groups.values()) {
			if (group.size() < 2) {
				continue;
			}
			var tail = group.get(0).get(0).text();
			var head = group.get(0).get(group.get(0).size() - 1).text();
			for (var segments : group) {
				tail = commonSuffix(tail, segments.get(0).text());
				head = commonPrefix(head, segments.get(segments.size() - 1).text());
			}
			if (tail.length() < 2 || head.length() < 2) {
				continue;
			}
			boolean embedded = false;
			var parts = new ArrayList<String>();
			for (var segments : group) {
				var first = segments.get(0);
				var last = segments.get(segments.size() - 1);
				// inside a sentence on both sides, where a name belongs ("关于" + chain + "2026年…")
				embedded |= first.text().length() > tail.length() && han(text.charAt(first.end() - tail.length() - 1))
						&& last.text().length() > head.length()
						&& Character.isLetterOrDigit(text.charAt(last.begin() + head.length()));
			}
			var sample = group.get(0);
			parts.add(tail);
			for (int i = 1; i < sample.size() - 1; i++) {
				parts.add(sample.get(i).text());
			}
			parts.add(head);
			boolean stuffed = stuffed(parts);
			if (!embedded && !stuffed || official(parts)) {
				continue;
			}
			for (var segments : group) {
				int begin = segments.get(0).end() - tail.length();
				int end = segments.get(segments.size() - 1).begin() + head.length();
				if (covered(findings, begin, end)) {
					continue;
				}
				var matched = text.substring(begin, end);
				findings.add(new Finding(begin, end, matched, Severity.SERIOUS, Category.SEO_INJECTION, null, embedded
						? "关键词串「" + clip(matched) + "」在文中出现 " + group.size() + " 次并嵌入正文语句，疑似地名或机构名被替换为黑帽SEO关键词"
						: "关键词串「" + clip(matched) + "」在页面中重复出现 " + group.size() + " 次，疑似黑帽SEO关键词堆砌"));
			}
		}
	}

	/** The parts of a chain match, split at its separators (underscore and bars, or single spaces). */
	private static List<Segment> segments(String text, int begin, int end, boolean pipes) {
		var segments = new ArrayList<Segment>();
		var separator = pipes ? SEPARATOR.matcher(text).region(begin, end) : Pattern.compile(" ").matcher(text).region(begin, end);
		int at = begin;
		while (separator.find()) {
			segments.add(new Segment(at, separator.start(), text.substring(at, separator.start())));
			at = separator.end();
		}
		segments.add(new Segment(at, end, text.substring(at, end)));
		return segments;
	}

	/** Words of a government site's own names and columns: a chain made only of them is a title, not an injection. */
	static final List<String> OFFICIAL = List.of("政府", "人民", "公告", "公开", "政务", "通知", "新闻", "动态", "要闻", "文件",
			"政策", "解读", "服务", "办事", "互动", "交流", "首页", "办公室", "部门", "乡镇", "街道", "信息", "工作", "专题",
			"领导", "机构", "规划", "统计", "数据", "财政", "预决算", "公示", "委员会", "人大", "政协", "党委");
	private static final String OFFICIAL_ENDINGS = "县州市省区局委办厅处科镇乡村院所站队会";

	/**
	 * A chain whose every part is official vocabulary (甲县人民政府_通知公告_政务公开): how government pages title
	 * themselves, so repeating it is no sign of injection.
	 */
	static boolean official(List<String> parts) {
		return parts.stream().allMatch(part -> OFFICIAL.stream().anyMatch(part::contains)
				|| !part.isEmpty() && OFFICIAL_ENDINGS.indexOf(part.charAt(part.length() - 1)) >= 0);
	}

	/** A chain stuffed with one keyword: a two-character stem in at least three parts and in at least half of them. */
	static boolean stuffed(List<String> parts) {
		var partsWith = new HashMap<String, Integer>();
		for (var part : parts) {
			var seen = new java.util.HashSet<String>();
			for (int i = 0; i + 2 <= part.length(); i++) {
				var bigram = part.substring(i, i + 2);
				if (han(bigram.charAt(0)) && han(bigram.charAt(1)) && seen.add(bigram)) {
					partsWith.merge(bigram, 1, Integer::sum);
				}
			}
		}
		int most = partsWith.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return most >= 3 && most * 2 >= parts.size();
	}

	/** The longest keyword (two or more Chinese characters) that a heading repeats three times or more, else null. */
	static String stuffedStem(String heading) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i + 2 <= heading.length(); i++) {
			if (han(heading.charAt(i)) && han(heading.charAt(i + 1))) {
				counts.merge(heading.substring(i, i + 2), 1, Integer::sum);
			}
		}
		String best = null;
		for (var entry : counts.entrySet()) {
			if (entry.getValue() >= 3 && count(heading, entry.getKey()) >= 3) {
				var stem = extend(heading, entry.getKey());
				if (best == null || stem.length() > best.length()) {
					best = stem;
				}
			}
		}
		return best;
	}

	/** The stem grown to the right while every occurrence continues with the same Chinese character. */
	private static String extend(String heading, String stem) {
		while (true) {
			Character next = null;
			int from = heading.indexOf(stem);
			boolean same = true;
			while (from >= 0) {
				int after = from + stem.length();
				if (after >= heading.length() || !han(heading.charAt(after))
						|| next != null && next != heading.charAt(after)) {
					same = false;
					break;
				}
				next = heading.charAt(after);
				from = heading.indexOf(stem, from + 1);
			}
			if (!same || next == null || count(heading, stem + next) < 3) {
				return stem;
			}
			stem = stem + next;
		}
	}

	/** Whether the sentence around {@code [begin, end)} reports enforcement (a crackdown, a warning). */
	static boolean enforcement(String text, int begin, int end) {
		int from = begin;
		while (from > 0 && begin - from < CONTEXT && !boundary(text.charAt(from - 1))) {
			from--;
		}
		int to = end;
		while (to < text.length() && to - end < CONTEXT && !boundary(text.charAt(to))) {
			to++;
		}
		var sentence = text.substring(from, to);
		return ENFORCEMENT.stream().anyMatch(sentence::contains);
	}

	private static boolean boundary(char c) {
		return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n';
	}

	private static boolean covered(List<Finding> findings, int begin, int end) {
		for (var finding : findings) {
			if (finding.start() <= begin && end <= finding.end()) {
				return true;
			}
		}
		return false;
	}

	static boolean han(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}

	private static String commonSuffix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
			n++;
		}
		return a.substring(a.length() - n);
	}

	private static String commonPrefix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return a.substring(0, n);
	}

	static String clip(String text) {
		return text.length() <= EVIDENCE ? text : text.substring(0, EVIDENCE) + "…";
	}
}
