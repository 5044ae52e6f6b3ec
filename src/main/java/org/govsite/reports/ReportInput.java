package org.govsite.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govsite.shared.Reasons;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a unit typed into the form (API or console, as text): each filled-in field by its kind, the sign-off;
 * every reason collected. Fields the platform takes are refused, so a typed number never overrides a taken one.
 */
final class ReportInput {

	static final List<String> SIGN_OFF = List.of("unitHead", "reviewer", "filler", "phone", "filledOn");
	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");
	private static final int NAME_LIMIT = 50;

	private ReportInput() {
	}

	static void read(Map<String, String> typed, Map<String, @Nullable Object> computed,
			Map<String, @Nullable Object> entries, Map<String, @Nullable String> signOff, Reasons reasons) {
		for (var entry : typed.entrySet()) {
			var key = entry.getKey();
			var text = entry.getValue() == null ? "" : entry.getValue().strip();
			if (SIGN_OFF.contains(key)) {
				signOff(key, text, signOff, reasons);
				continue;
			}
			var field = ReportField.byKey(key);
			if (field == null) {
				reasons.add("报表没有「" + key + "」这一项");
				continue;
			}
			if (computed.containsKey(key)) {
				var source = field.source();
				reasons.add("「" + field.fullLabel() + "」由系统取数（" + (source == null ? "系统" : source.label()) + "），不能手工填写");
				continue;
			}
			if (text.isEmpty()) {
				entries.remove(key);
				continue;
			}
			var value = value(field, text, reasons);
			if (value != null) {
				entries.put(key, value);
			}
		}
	}

	private static @Nullable Object value(ReportField field, String text, Reasons reasons) {
		switch (field.kind()) {
			case COUNT -> {
				if (!text.matches("\\d{1,15}")) {
					reasons.add("「" + field.fullLabel() + "」应填写非负整数");
					return null;
				}
				return Long.parseLong(text);
			}
			case DECIMAL -> {
				try {
					var number = new BigDecimal(text);
					if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100000)) > 0) {
						throw new NumberFormatException();
					}
					return AnnualReports.round(number.doubleValue());
				}
				catch (NumberFormatException e) {
					reasons.add("「" + field.fullLabel() + "」应填写不小于 0 的数");
					return null;
				}
			}
			case YES_NO -> {
				if (text.equals("true") || text.equals("是")) {
					return true;
				}
				if (text.equals("false") || text.equals("否")) {
					return false;
				}
				reasons.add("「" + field.fullLabel() + "」应填写“是”或“否”");
				return null;
			}
			default -> {
				if (text.length() > ReportField.TEXT_LIMIT) {
					reasons.add("「" + field.fullLabel() + "」不能超过 " + ReportField.TEXT_LIMIT + " 字");
					return null;
				}
				return text;
			}
		}
	}

	private static void signOff(String key, String text, Map<String, @Nullable String> signOff, Reasons reasons) {
		if (text.isEmpty()) {
			signOff.put(key, null);
			return;
		}
		switch (key) {
			case "phone" -> reasons.when(!PHONE.matcher(text).matches(), "联系电话只能包含数字、空格和 + - ( )，5 到 40 位");
			case "filledOn" -> {
				try {
					LocalDate.parse(text);
				}
				catch (DateTimeParseException e) {
					reasons.add("填报日期应为 yyyy-MM-dd 格式的日期");
				}
			}
			default -> reasons.when(text.length() > NAME_LIMIT, label(key) + "不能超过 " + NAME_LIMIT + " 字");
		}
		signOff.put(key, text);
	}

	static String label(String key) {
		return switch (key) {
			case "unitHead" -> "单位负责人";
			case "reviewer" -> "审核人";
			case "filler" -> "填报人";
			case "phone" -> "联系电话";
			default -> "填报日期";
		};
	}
}
