package org.govsite.content;

/** The forms an interpretation takes (Art. 11). */
public enum InterpretationType {

	TEXT("文字解读"),
	GRAPHIC("图文解读"),
	VIDEO("视频解读"),
	MEDIA_COMMENT("媒体评论"),
	EXPERT("专家解读");

	private final String label;

	InterpretationType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
