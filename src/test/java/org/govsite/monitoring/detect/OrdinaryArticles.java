package org.govsite.monitoring.detect;

import java.util.List;
import java.util.Random;

/** Ordinary government pages for the false-positive run: the demo content and generated articles. */
final class OrdinaryArticles {

	private OrdinaryArticles() {
	}

	/** The demo site's articles (demo.DemoContent). */
	static final List<String> DEMO = List.of(
			"<h1>示例自治州召开政府网站建设推进会</h1><p>会议要求各县（市）、各部门落实网站内容保障责任，确保栏目按期更新。</p>",
			"<h1>关于开展2026年度政府网站自查工作的通知</h1><p>请各单位于12月20日前完成自查并报送自查报告。</p>",
			"<h1>示例自治州政府网站管理办法</h1><p>第一条 为加强政府网站管理，制定本办法。</p>",
			"<h1>《示例自治州政府网站管理办法》解读</h1><p>一、制定背景。二、主要内容。三、保障措施。</p>");

	static final List<String> TITLES = List.of("示例自治州召开2026年全州经济工作会议", "关于做好2026年春节期间安全生产工作的通知",
			"甲县城关镇开展乡村振兴产业帮扶活动", "州体育局举办全民健身运动会", "关于2025年度福利彩票公益金使用情况的公告",
			"州公安局通报打击网络赌博专项行动成果", "示例自治州人民政府关于印发《优化营商环境若干措施》的通知",
			"欧阳明华州长调研春耕生产工作", "州教育局部署2026年高考工作", "乙县召开扫黑除恶常态化工作推进会",
			"关于征集2026年州政府民生实事项目建议的公告", "丙市举办第五届民族团结进步运动会");

	static final List<String> SENTENCES = List.of(
			"会议深入学习贯彻党的二十大精神，全面落实中央八项规定精神。",
			"要坚持以人民为中心的发展思想，推动高质量发展取得新成效。",
			"全州共销售体育彩票3.2亿元，福利彩票2.1亿元，筹集彩票公益金9800万元。",
			"彩票公益金主要用于全民健身、养老服务和残疾人事业。",
			"州体育局组织收看世界杯足球赛转播，篮球、足球、乒乓球比赛将于下月举行。",
			"今年以来，全州公安机关破获网络赌博案件36起，抓获犯罪嫌疑人120名，依法查处百家乐等赌博网站。",
			"警方提醒：网上所谓“注册送彩金”的平台多为赌博诈骗陷阱，请广大群众远离网络赌博。",
			"各地要深入开展扫黄打非专项行动，依法查处淫秽色情出版物和网络色情信息。",
			"欧阳明华州长强调，要深入推进扫黑除恶常态化，持续优化营商环境。",
			"马建国书记主持召开州委常委会会议，研究部署乡村振兴工作。",
			"中华人民共和国成立以来，示例自治州各族群众团结奋斗，经济社会发展取得显著成就。",
			"要高质量共建一带一路，积极融入国内国际双循环。",
			"这一带一直是全州重要的粮食产区，今年粮食播种面积稳定在120万亩以上。",
			"各部门要从四个方面抓好工作落实，不忘初心、牢记使命。",
			"咨询电话：0991-1234567，联系人：王明。",
			"办理地址：示例自治州政务服务中心一楼综合窗口，办理时限5个工作日。",
			"原示例自治州副州长黄立新严重违纪违法问题已移送检察机关依法审查起诉。",
			"全州新建改建农村公路860公里，新增城镇就业2.3万人。",
			"请各单位于3月31日前将报名表报送至州人力资源和社会保障局。",
			"本次招聘共有126人报名，经资格审查，98人进入笔试环节。",
			"甲县人民政府_通知公告_政务公开",
			"首页 政务公开 政务服务 互动交流 走进示例",
			"州市场监督管理局开展节前食品安全专项检查，检查商户1200余家。",
			"全州森林覆盖率达到45.6%，空气质量优良天数比例为96.3%。",
			"2026年全州地区生产总值增长6.2%，一般公共预算收入增长5.1%。");

	static final List<String> SCRIPTS = List.of("",
			"<script src=\"/js/jquery.min.js\"></script>",
			"<script>var _hmt=_hmt||[];(function(){var hm=document.createElement(\"script\");hm.src=\"https://hm.baidu.com/hm.js?0123\";var s=document.getElementsByTagName(\"script\")[0];s.parentNode.insertBefore(hm,s);})();</script>",
			"<script src=\"https://pucha.kaipuyun.cn/exposure/jiucuo.js\"></script>",
			"<script>function search(){window.location.href='/search?q='+encodeURIComponent(document.getElementById('q').value);}</script>");

	/** One generated article page with navigation, a hidden drop-down menu of the site and a footer. */
	static String page(Random random, int n) {
		var html = new StringBuilder("<html><head><title>");
		var title = TITLES.get(random.nextInt(TITLES.size()));
		html.append(title).append("_示例自治州人民政府</title>")
			.append("<style>.sub{display:none}.logo{text-indent:-9999px}</style></head><body>")
			.append("<a class=\"logo\" href=\"/\">示例自治州人民政府</a>")
			.append("<ul><li><a href=\"/zwgk/\">政务公开</a><ul class=\"sub\"><li><a href=\"/zwgk/zcwj/\">政策文件</a></li>")
			.append("<li><a href=\"https://zwfw.shilizhou.gov.cn/\">政务服务</a></li></ul></li></ul>")
			.append("<h1>").append(title).append("</h1>");
		int paragraphs = 4 + random.nextInt(6);
		for (int p = 0; p < paragraphs; p++) {
			html.append("<p>");
			int sentences = 2 + random.nextInt(4);
			for (int s = 0; s < sentences; s++) {
				html.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
			}
			html.append("</p>");
		}
		html.append("<p>发布时间：2026-0").append(1 + n % 9).append("-1").append(n % 10).append("</p>")
			.append("<div class=\"footer\"><a href=\"https://www.gov.cn/\">中国政府网</a>")
			.append("<a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=1\">党政机关</a>")
			.append("主办：示例自治州人民政府办公室 网站标识码9901000001</div>")
			.append(SCRIPTS.get(random.nextInt(SCRIPTS.size())))
			.append("</body></html>");
		return html.toString();
	}
}
