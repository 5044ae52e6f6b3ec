package org.govsite.monitoring.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.FetchedPage;
import org.govsite.monitoring.PageDetector;
import org.govsite.monitoring.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hidden links (暗链): a link to another site that a reader cannot see — the link or an ancestor hidden by
 * {@code display:none}, {@code visibility:hidden}, the {@code hidden} attribute, off-screen positioning (left or top
 * at −500px or beyond), {@code font-size:0}, {@code opacity:0}, a negative {@code text-indent} of −500px or beyond,
 * text in the colour of its background, or anchor text made only of zero-width characters. Styles are read from
 * {@code style} attributes and from {@code <style>} blocks (selectors jsoup can evaluate: tags, classes, ids,
 * descendants). Links to the page's own site are not reported, nor links to other government sites (gov.cn) that a
 * hidden ancestor holds: drop-down menus hide those legitimately until hovered.
 */
@Component
class HiddenLinkDetector implements PageDetector {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator LINK = org.jsoup.select.QueryParser.parse("a[href]");
	private static final org.jsoup.select.Evaluator IMAGE = org.jsoup.select.QueryParser.parse("img");
	private static final org.jsoup.select.Evaluator STYLE = org.jsoup.select.QueryParser.parse("style");


	private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
	private static final Pattern LENGTH = Pattern.compile("^(-?[0-9.]+)(px|em|rem|pt|%)?$");
	private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF";
	private static final double FAR = -500;

	@Override
	public Check check() {
		return Check.HIDDEN_LINKS;
	}

	@Override
	public List<Detection> inspect(FetchedPage page) {
		if (!page.html() || page.body().isEmpty()) {
			return List.of();
		}
		var document = Jsoup.parse(page.body(), page.finalUrl().toString());
		var pageHost = page.finalUrl().getHost() == null ? "" : page.finalUrl().getHost().toLowerCase(Locale.ROOT);
		var sheet = styleSheet(document);
		var reasons = new HashMap<Element, String>();
		var detections = new ArrayList<Detection>();
		for (var link : document.select(LINK)) {
			var href = link.absUrl("href");
			var host = Domains.host(href);
			if (host == null || Domains.site(host).equals(Domains.site(pageHost))) {
				continue;
			}
			var reason = hidden(link, sheet, reasons);
			var raw = link.wholeText().replaceAll("[\\s\u00A0]", "");
			if (reason == null && !raw.isEmpty() && raw.chars().allMatch(c -> ZERO_WIDTH.indexOf(c) >= 0)
					&& link.select(IMAGE).isEmpty()) {
				reason = "链接文字全部为零宽字符";
			}
			if (reason != null && Domains.government(host) && reason.contains("，见上级元素")
					&& (reason.startsWith("display:none") || reason.startsWith("visibility:") || reason.startsWith("hidden 属性"))) {
				// a drop-down menu (ul.sub, div.menu) hides its links to other government sites until hovered
				reason = null;
			}
			if (reason != null) {
				detections.add(new Detection(Check.HIDDEN_LINKS, "HIDDEN_LINK", Severity.SERIOUS, true, href,
						"隐藏链接（" + reason + "）：" + Domains.clip(link.outerHtml(), 200), null));
			}
		}
		return detections;
	}

	/** The declarations each element gets from the page's style blocks, in document order of the rules. */
	private static Map<Element, Map<String, String>> styleSheet(org.jsoup.nodes.Document document) {
		var sheet = new HashMap<Element, Map<String, String>>();
		for (var style : document.select(STYLE)) {
			var css = style.data().replaceAll("/\\*.*?\\*/", " ");
			var rules = RULE.matcher(css);
			while (rules.find()) {
				var declarations = declarations(rules.group(2));
				for (var selector : rules.group(1).split(",")) {
					var query = selector.strip();
					if (query.isEmpty() || query.startsWith("@") || query.contains(":")) {
						continue;
					}
					try {
						for (var element : document.select(query)) {
							sheet.computeIfAbsent(element, e -> new HashMap<>()).putAll(declarations);
						}
					}
					catch (Selector.SelectorParseException e) {
						// a selector jsoup cannot evaluate: its rule is ignored
					}
				}
			}
		}
		return sheet;
	}

	/** Why the element or one of its ancestors is invisible, or null when it is visible. */
	private static @Nullable String hidden(Element element, Map<Element, Map<String, String>> sheet,
			Map<Element, String> memo) {
		for (var current = element; current != null && !current.nameIs("body") && !current.nameIs("html");
				current = current.parent()) {
			if (memo.containsKey(current)) {
				var known = memo.get(current);
				if (!known.isEmpty()) {
					return known;
				}
				continue;
			}
			var reason = ownReason(current, sheet);
			memo.put(current, reason == null ? "" : reason);
			if (reason != null) {
				return current == element ? reason : reason + "，见上级元素 " + describe(current);
			}
		}
		return null;
	}

	private static @Nullable String ownReason(Element element, Map<Element, Map<String, String>> sheet) {
		if (element.hasAttr("hidden")) {
			return "hidden 属性";
		}
		var style = new HashMap<String, String>(sheet.getOrDefault(element, Map.of()));
		style.putAll(declarations(element.attr("style")));
		if (style.isEmpty()) {
			return null;
		}
		if ("none".equals(style.get("display"))) {
			return "display:none";
		}
		if ("hidden".equals(style.get("visibility")) || "collapse".equals(style.get("visibility"))) {
			return "visibility:" + style.get("visibility");
		}
		var position = style.getOrDefault("position", "");
		if (position.equals("absolute") || position.equals("fixed") || position.equals("relative")) {
			for (var side : List.of("left", "top", "right")) {
				var value = length(style.get(side));
				if (value != null && value <= FAR) {
					return "移出可视区域 " + side + ":" + style.get(side);
				}
			}
		}
		var size = length(style.get("font-size"));
		if (size != null && size == 0) {
			return "font-size:" + style.get("font-size");
		}
		var opacity = length(style.get("opacity"));
		if (opacity != null && opacity == 0) {
			return "opacity:" + style.get("opacity");
		}
		var indent = length(style.get("text-indent"));
		if (indent != null && indent <= FAR) {
			return "text-indent:" + style.get("text-indent");
		}
		var color = colour(style.get("color"));
		var background = colour(style.getOrDefault("background-color", style.get("background")));
		if (color != null && color.equals(background)) {
			return "文字颜色与背景色相同（" + style.get("color") + "）";
		}
		if (("0".equals(style.get("height")) || "0px".equals(style.get("height"))) && "hidden".equals(style.get("overflow"))) {
			return "height:0;overflow:hidden";
		}
		return null;
	}

	static Map<String, String> declarations(String css) {
		var map = new HashMap<String, String>();
		for (var declaration : css.split(";")) {
			int colon = declaration.indexOf(':');
			if (colon > 0) {
				var value = declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT);
				map.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
			}
		}
		return map;
	}

	private static @Nullable Double length(@Nullable String value) {
		if (value == null) {
			return null;
		}
		var matcher = LENGTH.matcher(value.strip());
		if (!matcher.matches()) {
			return null;
		}
		try {
			return Double.parseDouble(matcher.group(1));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** A colour as six lower-case hex digits (#fff, #ffffff, white, rgb(255,255,255)); null when not understood. */
	static @Nullable String colour(@Nullable String value) {
		if (value == null) {
			return null;
		}
		var v = value.strip().replace(" ", "");
		int space = v.indexOf("url(");
		if (space >= 0) {
			return null;
		}
		switch (v) {
			case "white" -> { return "ffffff"; }
			case "black" -> { return "000000"; }
			case "red" -> { return "ff0000"; }
			case "transparent" -> { return null; }
			default -> { }
		}
		var hex = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})").matcher(v);
		if (hex.find()) {
			var digits = hex.group(1);
			if (digits.length() == 3) {
				digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
						+ digits.charAt(2);
			}
			return digits;
		}
		var rgb = Pattern.compile("rgba?\\((\\d+),(\\d+),(\\d+)").matcher(v);
		if (rgb.find()) {
			return String.format("%02x%02x%02x", Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)),
					Integer.parseInt(rgb.group(3)));
		}
		return null;
	}

	private static String describe(Element element) {
		var description = new StringBuilder(element.tagName());
		if (!element.id().isEmpty()) {
			description.append('#').append(element.id());
		}
		for (var name : element.classNames()) {
			description.append('.').append(name);
		}
		return description.toString();
	}
}
