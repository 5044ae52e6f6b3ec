package org.govsite.console;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.govsite.audit.AuditActionNames;
import org.govsite.content.ReviewAction;
import org.govsite.content.TopicStatus;
import org.govsite.governance.FollowUpLifecycle;
import org.govsite.interaction.InterviewLifecycle;
import org.govsite.interaction.MessageLifecycle;
import org.govsite.interaction.SolicitationLifecycle;
import org.govsite.monitoring.FindingLifecycle;
import org.govsite.monitoring.IncidentLifecycle;
import org.govsite.rectification.RectificationLifecycle;
import org.govsite.reports.ReportAction;
import org.govsite.shared.Labelled;
import org.springframework.stereotype.Component;

/**
 * The Chinese names of every module's audit codes, in one table because the console is the one module that may know
 * them all. Lifecycle codes ({@code REVIEW_APPROVE}, {@code MESSAGE_ACCEPT}, …) are named from their lifecycle's own
 * labels, so that a new action is named the day it is added; {@code AuditActionNamesTests} finds any code recorded
 * without a name.
 */
@Component
class AuditVocabulary implements AuditActionNames {

	private final Map<String, String> names = build();

	@Override
	public Map<String, String> names() {
		return names;
	}

	private static Map<String, String> build() {
		var names = new TreeMap<String, String>();
		names.put("ACCOUNT_LOCKED", "账号锁定");
		names.put("ANNUAL_REPORT_RECOMPUTED", "年度报表重新统计");
		names.put("ANNUAL_REPORT_REMINDED", "年度报表催报");
		names.put("ANNUAL_REPORT_SAVED", "保存年度报表");
		names.put("ARTICLE_BACKDATED", "补录信息发布日期");
		names.put("ARTICLE_EDITED", "修改信息");
		names.put("ARTICLE_REFERENCED", "引用信息到栏目");
		names.put("ARTICLE_MOVED", "移动信息到栏目");
		names.put("ARTICLE_PINNED", "置顶信息");
		names.put("ARTICLE_UNPINNED", "取消置顶信息");
		names.put("ARTICLE_RANKED", "调整信息顺序");
		names.put("ARTICLE_RESTORED", "恢复信息历史版本");
		names.put("ARTICLE_WRITTEN", "撰写信息");
		names.put("ASSESSMENT_RUN", "网站评估");
		names.put("ATTACHMENT_ADDED", "上传附件");
		names.put("ATTACHMENT_REMOVED", "删除附件");
		names.put("ATTACHMENT_ORDERED", "调整附件顺序");
		names.put("AUDIT_READ", "查阅审计记录");
		names.put("AUDIT_VERIFIED", "校验审计哈希链");
		names.put("BULLETIN_ISSUED", "发布检查通报");
		names.put("CHANNEL_OPENED", "开设部门栏目");
		names.put("COLUMN_CHANGED", "修改栏目");
		names.put("COLUMN_CONTENT_MOVED", "迁移栏目内容");
		names.put("COLUMN_CREATED", "新建栏目");
		names.put("COLUMN_DELETED", "删除栏目");
		names.put("COLUMN_HIDDEN", "隐藏栏目");
		names.put("CONTENT_CHECK_DISMISSAL_REVOKED", "撤销内容检查误报标记");
		names.put("CONTENT_CHECK_DISMISSED", "标记内容检查误报");
		names.put("CONTENT_CHECK_OVERRIDDEN", "忽略内容检查提示");
		names.put("COORDINATION_ACTION_ADDED", "新增跟进事项");
		names.put("COORDINATION_MEETING_RECORDED", "记录协调会议");
		names.put("DEMO_MESSAGE_BACKDATED", "演示数据：回填留言收到时间");
		names.put("DIRECTIVE_ADOPTED", "采用头条指令");
		names.put("DIRECTIVE_DECLINED", "不采用头条指令");
		names.put("DIRECTIVE_ISSUED", "下发头条指令");
		names.put("DISCLOSURE_COLUMN_SET_UP", "开设信息公开专栏");
		names.put("DISCLOSURE_LETTER_GENERATED", "生成依申请公开告知书");
		names.put("DISCLOSURE_REPORT_PUBLISHED", "发布信息公开年报");
		names.put("DISCLOSURE_REPORT_REMINDED", "信息公开年报催报");
		names.put("DISCLOSURE_REPORT_SAVED", "保存信息公开年报");
		names.put("DISCLOSURE_REQUEST_DUE_SOON", "依申请公开即将到期");
		names.put("DISCLOSURE_REQUEST_ESCALATED", "依申请公开超期督办");
		names.put("DISCLOSURE_REQUEST_RECEIVED", "收到公开申请");
		names.put("DISCLOSURE_REQUEST_TRANSITION", "办理公开申请");
		names.put("DUTY_ALERT_ACKNOWLEDGED", "确认值班告警");
		names.put("DUTY_ALERT_ESCALATED", "值班告警升级");
		names.put("DUTY_ALERT_RAISED", "发出值班告警");
		names.put("DUTY_HANDOVER", "值班交接");
		names.put("DUTY_SHIFT_PLANNED", "安排值班");
		names.put("GOVERNANCE_BUDGET_ADDED", "登记网站经费");
		names.put("GOVERNANCE_LEADER_SET", "设置分管负责人");
		names.put("GOVERNANCE_MEETING_RECORDED", "记录专题会议");
		names.put("GOVERNANCE_REMINDED", "管理机制提醒");
		names.put("GOVERNANCE_STAFF_ADDED", "登记工作人员");
		names.put("GOVERNANCE_STAFF_REMOVED", "移除工作人员");
		names.put("INCIDENT_CLOSED", "网站故障恢复");
		names.put("INCIDENT_OPENED", "发现网站故障");
		names.put("INTERPRETATION_LINKED", "关联政策解读");
		names.put("INTERVIEW_CREATED", "新建在线访谈");
		names.put("INTERVIEW_EDITED", "修改在线访谈");
		names.put("MESSAGE_ESCALATED", "留言超期督办");
		names.put("MESSAGE_RATED", "群众评价答复");
		names.put("REPLY_TEMPLATE_ADDED", "新增常用语");
		names.put("REPLY_TEMPLATE_REMOVED", "删除常用语");
		names.put("MESSAGE_RECEIVED", "收到留言");
		names.put("MONITORING_SCAN_REQUESTED", "发起网站检测");
		names.put("MONITORING_SETTINGS_CHANGED", "修改监测设置");
		names.put("MONITORING_DAILY_REPORT", "生成监测日报");
		names.put("MONITORING_SWEEP_STARTED", "发起历史文章全面检测");
		names.put("FINDING_RESTORE", "一键恢复被篡改的文件");
		names.put("PUBLISHED_FILE_RESTORED", "恢复已发布文件");
		names.put("OPINION_RECEIVED", "收到征集意见");
		names.put("PASSWORD_CHANGED", "修改密码");
		names.put("PASSWORD_RESET", "重置密码");
		names.put("QUESTION_RECEIVED", "收到访谈提问");
		names.put("RECTIFICATION_ANSWER", "答复整改通知");
		names.put("RECTIFICATION_ISSUED", "下发整改通知");
		names.put("REVIEW_PUBLISH", "定时发布");
		names.put("ROLE_GRANTED", "授予角色");
		names.put("ROLE_REVOKED", "收回角色");
		names.put("SEARCH_REBUILD_REQUESTED", "重建搜索索引");
		names.put("SERVICE_CASE_VOLUMES_IMPORTED", "导入办件量");
		names.put("SERVICE_ITEM_CHANGED", "修改办事事项");
		names.put("SERVICE_ITEM_CREATED", "新建办事事项");
		names.put("SERVICE_ITEM_DELETED", "删除办事事项");
		names.put("SIGN_IN", "登录");
		names.put("SIGN_IN_FAILED", "登录失败");
		names.put("SIGN_IN_THROTTLED", "登录过于频繁");
		names.put("SITE_CHANGED", "修改网站信息");
		names.put("SITE_REGISTERED", "登记网站");
		names.put("SITE_THEME_CHANGED", "修改网站主题");
		names.put("SITE_TRANSITION", "网站状态变更");
		names.put("SUPERVISION_NOTICE_DONE", "处理监管待办");
		names.put("SOLICITATION_CREATED", "新建意见征集");
		names.put("SOLICITATION_EDITED", "修改意见征集");
		names.put("TOKEN_ISSUED", "签发 API 令牌");
		names.put("TOKEN_REVOKED", "撤销 API 令牌");
		names.put("TOPIC_OPENED", "开设专题");
		names.put("TOTP_DISABLED", "关闭双因素认证");
		names.put("TOTP_ENABLED", "启用双因素认证");
		names.put("UNIT_CHANGED", "修改单位");
		names.put("UNIT_CREATED", "新建单位");
		names.put("USER_CREATED", "新建账号");
		names.put("USER_UNLOCKED", "解锁账号");
		names.put("VENDOR_CONTRACT_ADDED", "登记运维合同");
		names.put("VENDOR_PERSON_ADDED", "登记运维人员");
		names.put("VENDOR_QUALIFICATION_ADDED", "登记厂商资质");
		names.put("VENDOR_REVIEWED", "评价运维服务商");
		family(names, "REVIEW_", "信息审核", ReviewAction.values());
		family(names, "TOPIC_", "专题", TopicStatus.values());
		family(names, "ANNUAL_REPORT_", "年度报表", ReportAction.values());
		family(names, "COORDINATION_ACTION_", "跟进事项", FollowUpLifecycle.Status.values());
		family(names, "MESSAGE_", "留言办理", MessageLifecycle.Action.values());
		family(names, "SOLICITATION_", "意见征集", SolicitationLifecycle.Action.values());
		family(names, "INTERVIEW_", "在线访谈", InterviewLifecycle.Action.values());
		family(names, "QUESTION_", "访谈提问", InterviewLifecycle.QuestionAction.values());
		family(names, "FINDING_", "检测问题", FindingLifecycle.Action.values());
		family(names, "INCIDENT_", "网站故障", IncidentLifecycle.Action.values());
		family(names, "RECTIFICATION_", "整改通知", RectificationLifecycle.Action.values());
		return Collections.unmodifiableMap(names);
	}

	/** A lifecycle's codes: prefix plus the constant's name, named "what：the lifecycle's label". */
	private static <E extends Enum<E> & Labelled> void family(Map<String, String> names, String prefix, String what,
			E[] values) {
		for (var value : values) {
			names.putIfAbsent(prefix + value.name(), what + "：" + value.label());
		}
	}
}
