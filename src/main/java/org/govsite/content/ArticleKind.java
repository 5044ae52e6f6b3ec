package org.govsite.content;

/** What an article is: ordinary information, a policy document (政策文件), or an interpretation of one (Art. 11). */
public enum ArticleKind {

	ARTICLE("信息"),
	POLICY("政策文件"),
	INTERPRETATION("政策解读");

	private final String label;

	ArticleKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
