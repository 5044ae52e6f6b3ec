package org.govsite.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any controller or the database sees it, input that no form of GovSite accepts: control characters
 * (NUL and the other C0 controls except tab, line feed and carriage return, and DEL) in any parameter or JSON body,
 * a JSON body over 16 MB, a form post or upload declared larger than the container accepts (413), and a direct request for the error page. The answer is a problem document (400, 413 or
 * 404) with a Chinese sentence; PostgreSQL would otherwise answer a NUL in a text with a 500, and an unbounded JSON body
 * would be parsed whole.
 */
@Configuration(proxyBeanMethods = false)
class InputGuard {

	static final String CONTROL_CHARACTERS = "输入中含有不允许的控制字符（如 NUL），请删除后重试";
	static final String TOO_LARGE = "请求内容过大，超出平台允许的上限";
	/** No form of GovSite takes a JSON body larger than this: it is refused (413) before anything parses it. */
	private static final int MAX_SCANNED_BODY = 16 * 1024 * 1024;

	@Bean
	FilterRegistrationBean<Guard> inputGuardFilter(
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormPostSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxMultipartSize) {
		var registration = new FilterRegistrationBean<>(new Guard(maxFormPostSize.toBytes(), maxMultipartSize.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class Guard extends OncePerRequestFilter {

		/** Tomcat drops the parameters of a larger form post; it is refused (413) instead of reaching a form half-empty. */
		private final long maxFormPostSize;
		/** An upload whose declared length is over the multipart limit is refused before a byte of it is read. */
		private final long maxMultipartSize;

		Guard(long maxFormPostSize, long maxMultipartSize) {
			this.maxFormPostSize = maxFormPostSize;
			this.maxMultipartSize = maxMultipartSize;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.equals("/error") || path.startsWith("/error/")) {
				problem(request, response, 404, "未找到", "页面不存在");
				return;
			}
			if (hasControl(request.getRequestURI()) || hasControl(request.getQueryString())) {
				problem(request, response, 400, "输入不符合要求", CONTROL_CHARACTERS);
				return;
			}
			var type = request.getContentType();
			if (type != null && type.toLowerCase().startsWith("multipart/") && request.getContentLengthLong() > maxMultipartSize) {
				problem(request, response, 413, "请求过大", TOO_LARGE);
				return;
			}
			HttpServletRequest checked = request;
			if (type != null && type.toLowerCase().contains("json")) {
				var body = request.getContentLengthLong() > MAX_SCANNED_BODY ? null
						: request.getInputStream().readNBytes(MAX_SCANNED_BODY + 1);
				if (body == null || body.length > MAX_SCANNED_BODY) {
					problem(request, response, 413, "请求过大", TOO_LARGE);
					return;
				}
				if (jsonHasControl(new String(body, StandardCharsets.UTF_8))) {
					problem(request, response, 400, "输入不符合要求", CONTROL_CHARACTERS);
					return;
				}
				checked = new Replayed(request, body);
			}
			else if (type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
				if (request.getContentLengthLong() > maxFormPostSize) {
					problem(request, response, 413, "请求过大", TOO_LARGE);
					return;
				}
				for (var values : request.getParameterMap().values()) {
					for (var value : values) {
						if (hasControl(value)) {
							problem(request, response, 400, "输入不符合要求", CONTROL_CHARACTERS);
							return;
						}
					}
				}
			}
			chain.doFilter(checked, response);
		}
	}

	/** A C0 control other than tab, line feed and carriage return, or DEL; also their percent-encoded forms. */
	static boolean hasControl(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isForbidden(text.charAt(i))) {
				return true;
			}
			if (text.charAt(i) == '%' && i + 2 < text.length()) {
				int value = hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2));
				if (value >= 0 && isForbidden((char) value)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Literal controls, and {@code \\u0000}-style escapes of them that are not themselves escaped. */
	static boolean jsonHasControl(String json) {
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (isForbidden(c)) {
				return true;
			}
			if (c == '\\' && i + 1 < json.length()) {
				if (json.charAt(i + 1) == 'u' && i + 5 < json.length()) {
					int value = 0;
					for (int k = i + 2; k < i + 6; k++) {
						int digit = hex(json.charAt(k));
						if (digit < 0) {
							value = -1;
							break;
						}
						value = value * 16 + digit;
					}
					if (value >= 0 && isForbidden((char) value)) {
						return true;
					}
				}
				i++; // skip the escaped character (e.g. the second backslash of "\\")
			}
		}
		return false;
	}

	private static boolean isForbidden(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
	}

	private static int hex(char c) {
		return Character.digit(c, 16);
	}

	/**
	 * The refusal: a problem document for the API and for clients that do not ask for HTML; for a browser posting a
	 * console or public form, a short Chinese page (this filter runs before the view layer, so the page is plain).
	 */
	static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var accept = request.getHeader("Accept");
		if (!path.startsWith("/api/") && accept != null && accept.contains("text/html")) {
			response.setStatus(status);
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title></head><body><main><h1>" + title + "</h1><p role=\"alert\">" + detail
					+ "</p><p>请返回上一页修改后重试。</p><p><a href=\"" + request.getContextPath() + "/\">返回首页</a></p>"
					+ "</main></body></html>");
			return;
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"urn:govsite:problem:" + status + "\",\"title\":\"" + title
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"reasons\":[\"" + detail + "\"]}");
	}

	/** The request with its already-read body served again. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
