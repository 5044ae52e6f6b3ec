package org.govsite.content;

/** One line of a revision diff. */
public record DiffLine(Kind kind, String text) {

	public enum Kind {
		SAME, ADDED, REMOVED
	}

	/** A line-based diff (longest common subsequence) of two texts. */
	static java.util.List<DiffLine> between(String before, String after) {
		var a = before.split("\n", -1);
		var b = after.split("\n", -1);
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		var lines = new java.util.ArrayList<DiffLine>();
		int i = 0, j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				lines.add(new DiffLine(Kind.SAME, a[i++]));
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				lines.add(new DiffLine(Kind.REMOVED, a[i++]));
			}
			else {
				lines.add(new DiffLine(Kind.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			lines.add(new DiffLine(Kind.REMOVED, a[i++]));
		}
		while (j < b.length) {
			lines.add(new DiffLine(Kind.ADDED, b[j++]));
		}
		return lines;
	}
}
