package org.govsite.iam;

import org.springframework.security.core.AuthenticationException;

/** A refused sign-in; the message is the Chinese sentence shown to the person signing in. */
public class SignInRefused extends AuthenticationException {

	public SignInRefused(String message) {
		super(message);
	}
}
