package org.govsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Text already cut into words by GovSite, for an index that only splits at whitespace (the OpenSearch adapter): the
 * words separated by spaces, and a {@link #GAP} token wherever the analyzer left a position empty (a stop word or a
 * punctuation mark it dropped). OpenSearch's {@code govsite_words} analyzer splits at whitespace and drops the gap
 * tokens again while keeping their positions, so that terms, positions, phrase matches and field lengths come out as
 * Lucene's.
 *
 * <p>smartcn lower-cases Basic Latin letters, so no word of its own is ever {@link #GAP}. It does keep some whitespace
 * characters as words of their own (an em space, the ASCII separators): such a word is sent as {@code WS} and the
 * hexadecimal codes of its characters ({@link #term}), queries included, so that it still counts and keeps its place.
 */
final class AnalysedText {

	/** Stands for an empty position (upper case: never a word of smartcn's). */
	static final String GAP = "GAP";

	private AnalysedText() {
	}

	/** The words of a field's text as the analyzer cuts them, with gaps. */
	static String of(Analyzer analyzer, String field, String text) {
		var out = new StringBuilder(text.length() + 16);
		try (var stream = analyzer.tokenStream(field, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				for (int gap = 1; gap < increment.getPositionIncrement(); gap++) {
					append(out, GAP);
				}
				append(out, term(term.toString()));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/** A phrase of words at the given positions, with gaps between words that are not adjacent. */
	static String phrase(List<String> words, int[] positions) {
		var out = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			if (i > 0) {
				int gaps = positions[i] - positions[i - 1] - 1;
				if (gaps < 0) {
					throw new IllegalArgumentException("Words at one position cannot be sent as a phrase: " + words);
				}
				for (int g = 0; g < gaps; g++) {
					append(out, GAP);
				}
			}
			append(out, term(words.get(i)));
		}
		return out.toString();
	}

	/** A word as the index holds it: itself, unless it has a whitespace character, which would split it. */
	static String term(String word) {
		boolean whitespace = false;
		for (int i = 0; i < word.length() && !whitespace; i++) {
			whitespace = Character.isWhitespace(word.charAt(i));
		}
		if (!whitespace) {
			return word;
		}
		var encoded = new StringBuilder("WS");
		for (char c : word.toCharArray()) {
			encoded.append(String.format("%04x", (int) c));
		}
		return encoded.toString();
	}

	private static void append(StringBuilder out, String word) {
		if (!out.isEmpty()) {
			out.append(' ');
		}
		out.append(word);
	}
}
