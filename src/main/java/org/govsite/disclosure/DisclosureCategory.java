package org.govsite.disclosure;

import java.util.EnumSet;
import java.util.Set;

import org.govsite.content.ColumnKind;
import org.govsite.content.UpdateClass;
import org.govsite.site.SiteType;
import org.jspecify.annotations.Nullable;

/**
 * The standard structure of a site's 政府信息公开 column (Regulations Art. 12, 19–20, 24, 50; the 国办 model of the
 * 政府信息公开专栏): each part with its column path, what it holds, how often it must be updated, its code in the 索引号,
 * and the kinds of body that carry it (规章 and 公共资源配置 only on a government's portal). A body may add to the
 * default set per site type ({@code govsite.disclosure.categories.<TYPE>}).
 */
enum DisclosureCategory {

	ROOT(null, "00", "政府信息公开", "xxgk", ColumnKind.LIST, UpdateClass.EXEMPT, true),
	GUIDE(ROOT, "01", "信息公开指南", "xxgk-zn", ColumnKind.SINGLE_PAGE, UpdateClass.REGULAR, true),
	RULES(ROOT, "02", "信息公开制度", "xxgk-zd", ColumnKind.LIST, UpdateClass.EXEMPT, true),
	STATUTORY(ROOT, "00", "法定主动公开内容", "xxgk-fdzdgk", ColumnKind.LIST, UpdateClass.EXEMPT, true),
	FUNCTIONS(STATUTORY, "03", "机构职能", "xxgk-jgzn", ColumnKind.SINGLE_PAGE, UpdateClass.REGULAR, true),
	REGULATIONS(STATUTORY, "04", "规章", "xxgk-gz", ColumnKind.LIST, UpdateClass.POLICY, false),
	NORMATIVE(STATUTORY, "05", "规范性文件", "xxgk-gfxwj", ColumnKind.LIST, UpdateClass.POLICY, true),
	PLANS(STATUTORY, "06", "规划信息", "xxgk-ghxx", ColumnKind.LIST, UpdateClass.REGULAR, true),
	STATISTICS(STATUTORY, "07", "统计信息", "xxgk-tjxx", ColumnKind.LIST, UpdateClass.REGULAR, true),
	BUDGETS(STATUTORY, "08", "财政预决算", "xxgk-czyjs", ColumnKind.LIST, UpdateClass.REGULAR, true),
	PROJECTS(STATUTORY, "09", "重大建设项目", "xxgk-zdjsxm", ColumnKind.LIST, UpdateClass.REGULAR, false),
	RESOURCES(STATUTORY, "10", "公共资源配置", "xxgk-ggzypz", ColumnKind.LIST, UpdateClass.REGULAR, false),
	PERSONNEL(STATUTORY, "11", "人事信息", "xxgk-rsxx", ColumnKind.LIST, UpdateClass.REGULAR, true),
	INTERPRETATIONS(STATUTORY, "12", "政策解读", "xxgk-zcjd", ColumnKind.LIST, UpdateClass.POLICY, true),
	REPORTS(ROOT, "13", "信息公开年报", "xxgk-nb", ColumnKind.LIST, UpdateClass.REGULAR, true),
	REQUESTS(ROOT, "14", "依申请公开", "xxgk-ysqgk", ColumnKind.EXTERNAL_LINK, UpdateClass.EXEMPT, true);

	private final @Nullable DisclosureCategory parent;
	private final String code;
	private final String label;
	private final String slug;
	private final ColumnKind kind;
	private final UpdateClass updateClass;
	/** Carried by every government site (else only by a government's portal). */
	private final boolean everyBody;

	DisclosureCategory(@Nullable DisclosureCategory parent, String code, String label, String slug, ColumnKind kind,
			UpdateClass updateClass, boolean everyBody) {
		this.parent = parent;
		this.code = code;
		this.label = label;
		this.slug = slug;
		this.kind = kind;
		this.updateClass = updateClass;
		this.everyBody = everyBody;
	}

	@Nullable DisclosureCategory parent() {
		return parent;
	}

	/** The category's part of the 索引号 (00 for the parts that only group others). */
	String code() {
		return code;
	}

	String label() {
		return label;
	}

	String slug() {
		return slug;
	}

	ColumnKind kind() {
		return kind;
	}

	UpdateClass updateClass() {
		return updateClass;
	}

	/** The default structure for a kind of site; a non-government site has none (it discloses no 政府信息). */
	static Set<DisclosureCategory> defaultFor(SiteType type) {
		if (!type.isGovernment()) {
			return EnumSet.noneOf(DisclosureCategory.class);
		}
		var set = EnumSet.noneOf(DisclosureCategory.class);
		for (var category : values()) {
			if (category.everyBody || type == SiteType.PORTAL) {
				set.add(category);
			}
		}
		return set;
	}
}
