package org.govsite.publishing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The public sites' own Thymeleaf engine over {@code classpath:/publishing/templates/} (not the console's templates).
 * A site may override any template with {@code publishing/templates/sites/<site-key>/<name>.html}.
 */
@Component
class PageRenderer {

	private static final String PREFIX = "publishing/templates/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();
	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	PageRenderer() {
		var resolver = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
		resolver.setPrefix(PREFIX);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
		engine.setEnableSpringELCompiler(true);
	}

	byte[] render(String siteKey, String template, Map<String, Object> model) {
		return engine.process(name(siteKey, template), new Context(Locale.SIMPLIFIED_CHINESE, model)).getBytes(StandardCharsets.UTF_8);
	}

	/** One fragment ({@code th:fragment}) of a template, as text. */
	String fragment(String siteKey, String template, String fragment, Map<String, Object> model) {
		return engine.process(name(siteKey, template), Set.of(fragment), new Context(Locale.SIMPLIFIED_CHINESE, model));
	}

	private String name(String siteKey, String template) {
		return resolved.computeIfAbsent(siteKey + "/" + template, key -> {
			var override = "sites/" + siteKey + "/" + template;
			return PageRenderer.class.getClassLoader().getResource(PREFIX + override + ".html") != null ? override : template;
		});
	}
}
