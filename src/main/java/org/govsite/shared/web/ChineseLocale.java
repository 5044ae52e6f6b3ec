package org.govsite.shared.web;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Every page, console or public, is Simplified Chinese whatever the browser asks for. Rendering a view sets the
 * response's locale, which the servlet container also writes as {@code Content-Language}: with Spring's default
 * (the browser's {@code Accept-Language}) that header said {@code en} on Chinese pages.
 */
@Configuration(proxyBeanMethods = false)
class ChineseLocale {

	@Bean // the name DispatcherServlet looks for
	LocaleResolver localeResolver() {
		return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
	}
}
