package org.govsite.interaction;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.govsite.shared.BeijingTime;
import org.govsite.shared.Reasons;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of public participation (公众参与, Measures Art. 13) and what tells them apart for the parts they share:
 * a site's item (征集调查 or 在线访谈) that the public sees and sends text to (意见 or 提问). Storage, access, the public
 * pages and the intake are written once ({@link ParticipationCore}, {@link CitizenIntake}) and read this descriptor;
 * what only one kind does — a solicitation's period and result, an interview's guests, live answers and transcript —
 * stays in {@link Solicitations} / {@link Interviews} and their lifecycles.
 */
public enum Participation {

	/** 征集调查: opinions during a period, then the result. */
	SOLICITATION("solicitations", "征集调查", "征集标题", "征集说明", "interaction_solicitation", "status <> 'DRAFT'",
			"starts_at DESC, created_at DESC", "created_at DESC", "interaction_opinion", "solicitation_id",
			CitizenIntake.Kind.OPINION, "意见内容", 5000, "OPINION", "意见", null),

	/** 在线访谈: questions before and during the interview, answered by its guests, then the transcript. */
	INTERVIEW("interviews", "在线访谈", "访谈标题", "访谈简介", "interaction_interview", "TRUE", "scheduled_at DESC",
			"scheduled_at DESC", "interaction_question", "interview_id", CitizenIntake.Kind.QUESTION, "提问内容", 1000,
			"QUESTION", "网民提问", "PENDING");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final String path;
	private final String noun;
	private final String titleLabel;
	private final String descriptionLabel;
	final String table;
	final String publicWhere;
	final String publicOrder;
	final String consoleOrder;
	final String inputTable;
	final String parentColumn;
	final CitizenIntake.Kind intake;
	final String contentLabel;
	final int contentMax;
	final String inputAudit;
	final String inputNoun;
	final @Nullable String inputStatus;

	Participation(String path, String noun, String titleLabel, String descriptionLabel, String table,
			String publicWhere, String publicOrder, String consoleOrder, String inputTable, String parentColumn,
			CitizenIntake.Kind intake, String contentLabel, int contentMax, String inputAudit, String inputNoun,
			@Nullable String inputStatus) {
		this.path = path;
		this.noun = noun;
		this.titleLabel = titleLabel;
		this.descriptionLabel = descriptionLabel;
		this.table = table;
		this.publicWhere = publicWhere;
		this.publicOrder = publicOrder;
		this.consoleOrder = consoleOrder;
		this.inputTable = inputTable;
		this.parentColumn = parentColumn;
		this.intake = intake;
		this.contentLabel = contentLabel;
		this.contentMax = contentMax;
		this.inputAudit = inputAudit;
		this.inputNoun = inputNoun;
		this.inputStatus = inputStatus;
	}

	/** The path segment of the kind, in the console ({@code /interaction/…}) and on public pages ({@code /public/…}). */
	public String path() {
		return path;
	}

	/** The Chinese name of the kind: 征集调查, 在线访谈. */
	public String noun() {
		return noun;
	}

	/** The kind whose path segment this is; null for any other. */
	public static @Nullable Participation ofPath(String path) {
		for (var kind : values()) {
			if (kind.path.equals(path)) {
				return kind;
			}
		}
		return null;
	}

	/** The rules on title and description every kind shares; reasons in the kind's words. */
	void checkTitle(@Nullable String title, @Nullable String description, Reasons reasons) {
		if (title == null || title.isBlank()) {
			reasons.at("title", "请填写" + titleLabel);
		}
		else if (title.codePointCount(0, title.length()) > 200) {
			reasons.at("title", titleLabel + "不能超过 200 个字");
		}
		if (description == null || description.isBlank()) {
			reasons.at("description", "请填写" + descriptionLabel);
		}
	}

	/** A time as pages show it: {@code 2026-04-01 09:00}, Beijing time. */
	static String shown(Instant instant) {
		return SHOWN.format(instant.atZone(BeijingTime.ZONE));
	}
}
