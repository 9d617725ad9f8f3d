package kz.kenes.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code springdoc.api-docs.enabled=false} and {@code springdoc.swagger-ui.enabled=false} (the operator's
 * {@code SPRINGDOC_…} variables) answer 404 for the OpenAPI document and for Swagger UI. springdoc's own switches are
 * conditions on its beans, which the packaged jar fixed at build time (Spring AOT), so they are read here when the
 * application starts. Swagger UI needs the document: without it, both are off.
 */
@Component
class ApiDocsSwitch extends OncePerRequestFilter {

	private final boolean apiDocs;
	private final boolean swaggerUi;
	private final String apiDocsPath;
	private final String swaggerUiPath;

	ApiDocsSwitch(@Value("${springdoc.api-docs.enabled:true}") boolean apiDocs,
			@Value("${springdoc.swagger-ui.enabled:true}") boolean swaggerUi,
			@Value("${springdoc.api-docs.path:/v3/api-docs}") String apiDocsPath,
			@Value("${springdoc.swagger-ui.path:/swagger-ui.html}") String swaggerUiPath) {
		this.apiDocs = apiDocs;
		this.swaggerUi = apiDocs && swaggerUi;
		this.apiDocsPath = apiDocsPath;
		this.swaggerUiPath = swaggerUiPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (swaggerUi) {
			return true; // both on (swaggerUi implies apiDocs): every request, public pages included, passes at once
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean document = path.equals(apiDocsPath) || path.startsWith(apiDocsPath + "/")
				|| path.startsWith(apiDocsPath + ".");
		boolean ui = path.equals(swaggerUiPath) || path.startsWith("/swagger-ui/");
		return !(ui || document && !apiDocs);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
