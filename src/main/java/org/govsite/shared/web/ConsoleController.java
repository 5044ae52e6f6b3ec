package org.govsite.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * Marks a controller of the HTML console (as opposed to the REST API), so that console-only advice (refusal pages,
 * the signed-in user's header data) applies to it and never to {@code /api/v1}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsoleController {

	@AliasFor(annotation = Controller.class)
	String value() default "";
}
