package org.govsite.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of the platform's public pages ({@code /public/…}): a citizen never meets the console's pages (无权访问…
 * 联系系统管理员, 返回概览) but a public page in the platform's public layout with a sentence for citizens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicErrorPages implements ErrorViewResolver {

	@Override
	public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && isPublic(request, path) ? view(status, null) : null;
	}

	static boolean isPublic(HttpServletRequest request, String uri) {
		return uri.startsWith(request.getContextPath() + "/public/");
	}

	/** The public page for a status: what happened and what the citizen can do (or {@code reason}), in Chinese. */
	static ModelAndView view(HttpStatus status, @Nullable String reason) {
		var view = new ModelAndView("error/public");
		if (status == HttpStatus.NOT_FOUND) {
			view.addObject("heading", "页面不存在");
			view.addObject("explanation", "您访问的页面不存在，可能已被移除或地址有误。");
		}
		else if (status.is4xxClientError()) {
			view.addObject("heading", "无法处理此请求");
			view.addObject("explanation", "请返回上一页重新填写并提交；如仍无法提交，请稍后再试。");
		}
		else {
			view.addObject("heading", "系统出错");
			view.addObject("explanation", "系统处理请求时出错，请稍后重试。");
		}
		if (reason != null) {
			view.addObject("explanation", reason);
		}
		view.setStatus(status);
		return view;
	}
}
