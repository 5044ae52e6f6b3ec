package org.govsite.interaction;

/**
 * An arithmetic question in Chinese words (e.g. 七加五等于几？), readable by screen readers, with the signed token the
 * answer is checked against. The token reveals nothing of the answer.
 */
public record CaptchaChallenge(String question, String token) {
}
