package org.govsite.site;

import java.util.regex.Pattern;

import org.govsite.shared.Refusal;

/**
 * 网站标识码: 6-digit division code + 4-digit sequence for local sites, or {@code bm} + 8 digits for State Council
 * departments, as assigned by the national reporting system.
 */
public record SiteCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("^(\\d{10}|bm\\d{8})$");

	public SiteCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw Refusal.invalid("网站标识码「" + value + "」格式不正确：应为 10 位数字，或 bm 加 8 位数字");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
