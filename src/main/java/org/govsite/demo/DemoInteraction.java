package org.govsite.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.calendar.WorkingDays;
import org.govsite.interaction.CaptchaWork;
import org.govsite.interaction.InterviewForm;
import org.govsite.interaction.InterviewLifecycle;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.MessageCategory;
import org.govsite.interaction.MessageId;
import org.govsite.interaction.MessageIntake;
import org.govsite.interaction.MessageLifecycle;
import org.govsite.interaction.Messages;
import org.govsite.interaction.MessageSubmission;
import org.govsite.interaction.PublicForms;
import org.govsite.interaction.PublicInput;
import org.govsite.interaction.SolicitationCommand;
import org.govsite.interaction.SolicitationForm;
import org.govsite.interaction.SolicitationLifecycle;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.TransitionCommand;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's 互动交流 as the responder finds it on the first sign-in (issue 14): a message received a month ago and
 * still waiting (past its working-day deadline), a new one, an answered one published with its reply, a solicitation open for opinions (征集中, with one opinion)
 * and an interview announced for next week (预告, with one question waiting for moderation). Citizens' inputs come
 * through the public intake like any citizen's: the captcha answered, its proof of work done.
 */
@Component
class DemoInteraction {

	static final String PORTAL = "9901000001";

	/** How long ago the late message came in: past any working-day limit of a consultation, even across 春节. */
	static final int LATE_DAYS_AGO = 30;

	private static final String DIGITS = "零一二三四五六七八九十";

	private final Sites sites;
	private final PublicForms forms;
	private final MessageIntake intake;
	private final Messages messages;
	private final Solicitations solicitations;
	private final Interviews interviews;
	private final WorkingDayCalendar calendar;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final DemoUsers users;
	private final Clock clock;

	DemoInteraction(Sites sites, PublicForms forms, MessageIntake intake, Messages messages, Solicitations solicitations,
			Interviews interviews, WorkingDayCalendar calendar, AuditTrail audit, JdbcClient jdbc, DemoUsers users,
			Clock clock) {
		this.sites = sites;
		this.forms = forms;
		this.intake = intake;
		this.messages = messages;
		this.solicitations = solicitations;
		this.interviews = interviews;
		this.calendar = calendar;
		this.audit = audit;
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	void load() {
		var portal = sites.findBySiteCode(PORTAL).orElseThrow();
		// one answered, its reply signed off by 初审 and published (留言选登)
		var answered = message(MessageCategory.CONSULTATION, "咨询居民身份证异地换领需要哪些材料",
				"户籍在外省，现在州内工作，请问能否在州内换领居民身份证？需要带哪些材料？", "孙敏", "13999990005");
		users.as("responder", () -> messages.acceptAndAnswer(answered,
				"您好！居民身份证可在全国范围内异地换领。请携带原居民身份证（或户口簿）到州内任一公安派出所户籍窗口办理。", null));
		users.as("reviewer1", () -> messages.transition(answered, command(MessageLifecycle.Action.SIGN_OFF)));
		users.as("responder", () -> messages.transition(answered, command(MessageLifecycle.Action.PUBLISH)));
		var late = message(MessageCategory.CONSULTATION, "咨询新生儿办理城乡居民医保参保登记的流程",
				"孩子上个月出生，请问在哪里办理城乡居民医保参保登记，需要带哪些材料？", "王丽", "13999990001");
		receivedDaysAgo(late, LATE_DAYS_AGO);
		message(MessageCategory.SUGGESTION, "建议在州政务服务中心增设自助服务终端",
				"周末办事群众较多，建议在州政务服务中心大厅增设自助服务终端，方便群众自助查询和打印证明。", "赵强", "13999990002");

		var today = LocalDate.now(clock.withZone(BeijingTime.ZONE));
		var solicitation = users.as("responder", () -> {
			var created = solicitations.create(new SolicitationForm(portal.id().value().toString(),
					"《示例自治州政府网站集约化建设方案（征求意见稿）》公开征求意见",
					"为推进全州政府网站集约化建设，现将方案征求意见稿向社会公开征求意见，欢迎提出意见建议。",
					today.minusDays(7).atTime(9, 0).toString(), today.plusDays(23).atTime(18, 0).toString()));
			return solicitations.transition(created.id(), new SolicitationCommand(SolicitationLifecycle.Action.OPEN, null));
		});
		solicitations.submitOpinion(PORTAL, solicitation.id(), input("刘洋", "13999990003",
				"建议在方案中明确各县（市）政府网站迁移上云的时间表。"), null);

		var interview = users.as("responder", () -> interviews.create(new InterviewForm(portal.id().value().toString(),
				"聚焦政府网站与政务新媒体建设", "州政府办公室负责同志做客在线访谈，介绍全州政府网站与政务新媒体建设情况并回答网民提问。",
				today.plusDays(7).atTime(15, 0).toString(), List.of(
						new InterviewLifecycle.Guest("王明", "州政府秘书长", "示例自治州人民政府办公室"),
						new InterviewLifecycle.Guest("李强", "中心主任", "示例自治州大数据中心")))));
		interviews.submitQuestion(PORTAL, interview.id(), input("陈静", "13999990004",
				"请问州政府门户网站什么时候能提供无障碍浏览服务？"), null);
	}

	/** A citizen's message to the portal, through the public intake. */
	private MessageId message(MessageCategory category, String title, String content, String name, String mobile) {
		var captcha = forms.challenge(null);
		return intake.submit(new MessageSubmission(PORTAL, category, null, title, content, name, mobile, null, true,
				UUID.randomUUID().toString(), CaptchaWork.solve(captcha.token(), captcha.workBits()),
				Integer.toString(answer(captcha.question()))), null).id();
	}

	private static TransitionCommand command(MessageLifecycle.Action action) {
		return new TransitionCommand(action, null, null, null, null, null);
	}

	/** A citizen's opinion or question, with the captcha answered. */
	private PublicInput input(String name, String mobile, String content) {
		var captcha = forms.challenge(null);
		return new PublicInput(name, mobile, content, UUID.randomUUID().toString(),
				CaptchaWork.solve(captcha.token(), captcha.workBits()), Integer.toString(answer(captcha.question())));
	}

	/** The answer to the captcha's question in words, e.g. 七加五等于几？ or 十减三等于几？ */
	private static int answer(String question) {
		boolean plus = question.contains("加");
		var terms = question.substring(0, question.indexOf("等于")).split(plus ? "加" : "减");
		return DIGITS.indexOf(terms[0]) + (plus ? 1 : -1) * DIGITS.indexOf(terms[1]);
	}

	/**
	 * Moves a message just received back by {@code days}: its receipt, its history's first step, and the deadline and
	 * cap that follow from the day of receipt (the same number of working days after it, the same months).
	 * <p>
	 * SQL, because no path of the interaction module takes a time of receipt: a citizen's message is received when it
	 * arrives, and the demo needs one that has been waiting for a month. Only this demo row and its history change; the
	 * audit trail is not touched, and the change itself is audited.
	 */
	private void receivedDaysAgo(MessageId id, int days) {
		var row = jdbc.sql("SELECT received_on, deadline FROM interaction_message WHERE id = ?").param(id.value())
			.query((rs, n) -> new LocalDate[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class) })
			.single();
		int workingDays = 0;
		for (var day = row[0].plusDays(1); !day.isAfter(row[1]); day = day.plusDays(1)) {
			workingDays += calendar.day(day).workingDay() ? 1 : 0;
		}
		var receivedOn = row[0].minusDays(days);
		var deadline = calendar.deadline(receivedOn, WorkingDays.of(workingDays));
		jdbc.sql("""
				UPDATE interaction_message SET received_at = received_at - make_interval(days => :days),
				    received_on = :receivedOn, deadline = :deadline, deadline_provisional = :provisional,
				    cap_date = CAST(CAST(:receivedOn AS DATE) + age(cap_date, received_on) AS DATE)
				WHERE id = :id
				""").param("days", days).param("receivedOn", receivedOn).param("deadline", deadline.deadline())
			.param("provisional", deadline.provisional()).param("id", id.value()).update();
		jdbc.sql("""
				UPDATE interaction_transition SET occurred_at = occurred_at - make_interval(days => :days)
				WHERE message_id = :id
				""").param("days", days).param("id", id.value()).update();
		audit.record(AuditRecord.of("DEMO_MESSAGE_BACKDATED", "interaction_message", id.value(),
				"演示数据：留言收到时间提前 " + days + " 天（" + receivedOn + "），办理期限改为 " + deadline.deadline()));
	}
}
