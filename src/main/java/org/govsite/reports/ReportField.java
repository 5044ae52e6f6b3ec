package org.govsite.reports;

import java.util.Locale;

import org.govsite.shared.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * Every field of the annual work report form in the form's order (national-rules §3), with its section, its kind and
 * where the platform takes it from ({@code null}: the unit fills it in). The JSON key is the camel-case name, never the
 * Chinese label. 办事服务 figures are taken only when a {@link ServiceFigureSource} answers for the site.
 */
public enum ReportField implements Labelled {

	SITE_NAME(Section.SITE, "网站名称", Kind.TEXT, Source.SITE),
	HOME_URL(Section.SITE, "首页网址", Kind.TEXT, Source.SITE),
	SPONSOR(Section.SITE, "主办单位", Kind.TEXT, Source.SITE),
	SITE_TYPE(Section.SITE, "网站类型", Kind.TEXT, Source.SITE),
	SITE_CODE(Section.SITE, "政府网站标识码", Kind.TEXT, Source.SITE),
	ICP_FILING(Section.SITE, "ICP备案号", Kind.TEXT, Source.SITE),
	PUBLIC_SECURITY_FILING(Section.SITE, "公安机关备案号", Kind.TEXT, Source.SITE),
	UNIQUE_VISITORS(Section.VISITS, "独立用户访问总量", Kind.COUNT, null),
	PAGE_VIEWS(Section.VISITS, "网站总访问量", Kind.COUNT, null),
	ARTICLES(Section.PUBLISHING, "总数", Kind.COUNT, Source.CONTENT),
	OVERVIEW_ARTICLES(Section.PUBLISHING, "概况类信息更新量", Kind.COUNT, Source.CONTENT),
	DYNAMIC_ARTICLES(Section.PUBLISHING, "政务动态信息更新量", Kind.COUNT, Source.CONTENT),
	CATALOGUE_ARTICLES(Section.PUBLISHING, "信息公开目录信息更新量", Kind.COUNT, Source.CONTENT),
	TOPICS_MAINTAINED(Section.TOPICS, "维护数量", Kind.COUNT, Source.TOPICS),
	TOPICS_OPENED(Section.TOPICS, "新开设数量", Kind.COUNT, Source.TOPICS),
	INTERPRETATIONS(Section.INTERPRETATION, "解读信息发布总数", Kind.COUNT, Source.CONTENT),
	INTERPRETATION_MATERIALS(Section.INTERPRETATION, "解读材料数量", Kind.COUNT, Source.CONTENT),
	INTERPRETATION_PRODUCTS(Section.INTERPRETATION, "解读产品数量", Kind.COUNT, Source.CONTENT),
	MEDIA_COMMENTS(Section.INTERPRETATION, "媒体评论文章数量", Kind.COUNT, Source.CONTENT),
	HOTSPOT_RESPONSES(Section.INTERPRETATION, "回应公众关注热点或重大舆情数量（次）", Kind.COUNT, null),
	SERVICE_CATALOGUE(Section.SERVICES, "是否发布服务事项目录", Kind.YES_NO, Source.SERVICES),
	REGISTERED_USERS(Section.SERVICES, "注册用户数", Kind.COUNT, null),
	SERVICE_ITEMS(Section.SERVICES, "政务服务事项数量", Kind.COUNT, Source.SERVICES),
	ONLINE_SERVICE_ITEMS(Section.SERVICES, "可全程在线办理政务服务事项数量", Kind.COUNT, Source.SERVICES),
	CASES(Section.SERVICES, "办件量总数", Kind.COUNT, Source.SERVICES),
	CASES_NATURAL_PERSONS(Section.SERVICES, "自然人办件量", Kind.COUNT, Source.SERVICES),
	CASES_LEGAL_PERSONS(Section.SERVICES, "法人办件量", Kind.COUNT, Source.SERVICES),
	UNIFIED_PLATFORM(Section.INTERACTION, "是否使用统一平台", Kind.YES_NO, null),
	MESSAGES_RECEIVED(Section.INTERACTION, "收到留言数量", Kind.COUNT, Source.MESSAGES),
	MESSAGES_CLOSED(Section.INTERACTION, "办结留言数量", Kind.COUNT, Source.MESSAGES),
	MESSAGE_AVERAGE_DAYS(Section.INTERACTION, "平均办理时间（天）", Kind.DECIMAL, Source.MESSAGES),
	PUBLIC_REPLIES(Section.INTERACTION, "公开答复数量", Kind.COUNT, Source.MESSAGES),
	SOLICITATIONS(Section.INTERACTION, "征集调查期数", Kind.COUNT, Source.PARTICIPATION),
	OPINIONS(Section.INTERACTION, "收到意见数量", Kind.COUNT, Source.PARTICIPATION),
	SOLICITATION_RESULTS(Section.INTERACTION, "公布调查结果期数", Kind.COUNT, Source.PARTICIPATION),
	INTERVIEWS(Section.INTERACTION, "访谈期数", Kind.COUNT, Source.PARTICIPATION),
	INTERVIEW_QUESTIONS(Section.INTERACTION, "网民留言数量", Kind.COUNT, Source.PARTICIPATION),
	INTERVIEW_ANSWERS(Section.INTERACTION, "答复网民提问数量", Kind.COUNT, Source.PARTICIPATION),
	SMART_QA(Section.INTERACTION, "是否提供智能问答功能", Kind.YES_NO, null),
	SECURITY_CHECKS(Section.SECURITY, "安全检测评估次数", Kind.COUNT, Source.MONITORING),
	SECURITY_FINDINGS(Section.SECURITY, "发现问题数量", Kind.COUNT, Source.MONITORING),
	SECURITY_FIXED(Section.SECURITY, "问题整改数量", Kind.COUNT, Source.MONITORING),
	MONITORING_MECHANISM(Section.SECURITY, "是否建立安全监测预警机制", Kind.YES_NO, null),
	EMERGENCY_DRILL(Section.SECURITY, "是否开展应急演练", Kind.YES_NO, null),
	SECURITY_OFFICER(Section.SECURITY, "是否明确网站安全责任人", Kind.YES_NO, null),
	NEW_MEDIA(Section.MOBILE, "是否有移动新媒体", Kind.YES_NO, null),
	WEIBO_NAME(Section.MOBILE, "微博名称", Kind.TEXT, null),
	WEIBO_POSTS(Section.MOBILE, "微博信息发布量", Kind.COUNT, null),
	WEIBO_FOLLOWERS(Section.MOBILE, "微博关注量", Kind.COUNT, null),
	WECHAT_NAME(Section.MOBILE, "微信名称", Kind.TEXT, null),
	WECHAT_POSTS(Section.MOBILE, "微信信息发布量", Kind.COUNT, null),
	WECHAT_SUBSCRIBERS(Section.MOBILE, "微信订阅数", Kind.COUNT, null),
	OTHER_MEDIA(Section.MOBILE, "其他", Kind.TEXT, null),
	SEARCH_AS_SERVICE(Section.INNOVATION, "搜索即服务", Kind.YES_NO, null),
	MULTILINGUAL(Section.INNOVATION, "多语言版本", Kind.YES_NO, null),
	ACCESSIBILITY(Section.INNOVATION, "无障碍浏览", Kind.YES_NO, null),
	PERSONALISED(Section.INNOVATION, "千人千网", Kind.YES_NO, null),
	OTHER_INNOVATION(Section.INNOVATION, "其他", Kind.TEXT, null);

	/** The form's sections, in order. */
	public enum Section implements Labelled {
		SITE("网站基本信息"), VISITS("访问情况"), PUBLISHING("信息发布（条）"), TOPICS("专栏专题（个）"),
		INTERPRETATION("解读回应"), SERVICES("办事服务"), INTERACTION("互动交流"), SECURITY("安全防护"),
		MOBILE("移动新媒体"), INNOVATION("创新发展");

		private final String label;

		Section(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** What a field holds. */
	public enum Kind {
		COUNT, DECIMAL, YES_NO, TEXT
	}

	/** Where the platform takes a field from; named next to the value on the form. */
	public enum Source implements Labelled {
		SITE("网站管理：网站信息与备案"), CONTENT("内容管理：本年度发布的信息"), TOPICS("内容管理：专题"),
		MESSAGES("互动交流：本年度收到的留言"), PARTICIPATION("互动交流：征集调查与在线访谈"),
		MONITORING("网站监测：扫描与问题整改"), SERVICES("办事服务：服务事项目录");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	static final int TEXT_LIMIT = 200;

	/** The section labels in the form's order (for templates). */
	public static java.util.List<String> sectionLabels() {
		return java.util.Arrays.stream(Section.values()).map(Section::label).toList();
	}

	private final Section section;
	private final String label;
	private final Kind kind;
	private final @Nullable Source source;

	ReportField(Section section, String label, Kind kind, @Nullable Source source) {
		this.section = section;
		this.label = label;
		this.kind = kind;
		this.source = source;
	}

	@Override
	public String label() {
		return label;
	}

	/** The label with its section, unique on the form (e.g. 「移动新媒体：其他」). */
	public String fullLabel() {
		return section.label() + "：" + label;
	}

	public Section section() {
		return section;
	}

	public Kind kind() {
		return kind;
	}

	public @Nullable Source source() {
		return source;
	}

	/** The JSON key: {@code PAGE_VIEWS} → {@code pageViews}. */
	public String key() {
		var words = name().toLowerCase(Locale.ROOT).split("_");
		var key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}

	static @Nullable ReportField byKey(String key) {
		for (var field : values()) {
			if (field.key().equals(key)) {
				return field;
			}
		}
		return null;
	}
}
