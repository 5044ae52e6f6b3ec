package org.govsite.interaction;

/**
 * An arithmetic question in Chinese words (e.g. 七加五等于几？), readable by screen readers, with the signed token the
 * answer is checked against (the token reveals nothing of the answer), and the proof of work the client adds to the
 * token before it submits ({@code workBits} zero bits, see {@link CaptchaWork}; 0 when none is asked).
 */
public record CaptchaChallenge(String question, String token, int workBits) {
}
