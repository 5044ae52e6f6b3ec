package org.govsite.site;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import org.govsite.shared.Refusal;

/** A host name, normalised to lower-case ASCII (IDN labels as punycode), so that uniqueness is exact. */
public record DomainName(String value) {

	private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
	private static final String GOV_CN = ".gov.cn";
	private static final String ZHENGWU = "." + IDN.toASCII("政务");

	public static DomainName of(String raw) {
		var trimmed = raw == null ? "" : raw.trim();
		if (trimmed.endsWith(".")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		String ascii;
		try {
			ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException e) {
			throw Refusal.invalid("域名「" + raw + "」格式不正确");
		}
		var labels = ascii.split("\\.", -1);
		if (ascii.isEmpty() || ascii.length() > 253 || labels.length < 2) {
			throw Refusal.invalid("域名「" + raw + "」格式不正确");
		}
		for (var label : labels) {
			if (!LABEL.matcher(label).matches()) {
				throw Refusal.invalid("域名「" + raw + "」格式不正确");
			}
		}
		return new DomainName(ascii);
	}

	/** {@code .gov.cn} or {@code .政务}: the only suffixes a government site may use. */
	public boolean isGovernmentDomain() {
		return value.endsWith(GOV_CN) || value.endsWith(ZHENGWU);
	}

	/** The name as people read it (Chinese labels shown in Chinese). */
	public String display() {
		return IDN.toUnicode(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
