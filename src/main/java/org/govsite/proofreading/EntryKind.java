package org.govsite.proofreading;

import org.jspecify.annotations.Nullable;

/** The dictionaries an entry can belong to, each with the category and severity its findings have by default. */
public enum EntryKind {

	/** 纠错词: a known wrong form with its right form (e.g. 攻府 → 政府). */
	CORRECTION("纠错词", Category.TYPO, Severity.WARNING),
	/** 禁用词: must never be published. */
	BANNED("禁用词", Category.BANNED_WORD, Severity.SERIOUS),
	/** 敏感词: must be checked by a person before publication. */
	SENSITIVE("敏感词", Category.SENSITIVE_WORD, Severity.WARNING),
	/**
	 * 允许词: a correct phrase that contains a suspicious word (e.g. 既使用 contains 既使); a match of another entry
	 * lying wholly inside it is not reported. Has no category, severity or suggestion.
	 */
	ALLOWED("允许词", null, null),
	/**
	 * 规范名称: the right form of a protected name (leader, organisation, place, the country's name; the category says
	 * which). Never reported itself; like an allowed phrase it hides matches inside it, and the wording detector
	 * reports the name written with a same-sound or similar-shape character, with this form as the suggestion.
	 */
	PROTECTED("规范名称", Category.SERIOUS_WORDING, Severity.SERIOUS);

	private final String label;
	private final @Nullable Category defaultCategory;
	private final @Nullable Severity defaultSeverity;

	EntryKind(String label, @Nullable Category defaultCategory, @Nullable Severity defaultSeverity) {
		this.label = label;
		this.defaultCategory = defaultCategory;
		this.defaultSeverity = defaultSeverity;
	}

	public String label() {
		return label;
	}

	/** The category of this kind's findings when an entry names none; {@code null} for {@link #ALLOWED}. */
	public @Nullable Category defaultCategory() {
		return defaultCategory;
	}

	/** The severity of this kind's findings when an entry names none; {@code null} for {@link #ALLOWED}. */
	public @Nullable Severity defaultSeverity() {
		return defaultSeverity;
	}
}
