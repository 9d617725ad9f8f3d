package kz.kenes.identity.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Authority first: a handler that reads a request body and is guarded by {@code @PreAuthorize} has that rule checked
 * before the body is read, with the path's variables (e.g. {@code #itemId}) as its arguments. Method security alone
 * runs when the method is called, after the body was bound, so a caller without any right to the endpoint learnt
 * from a 400 what the body should look like. Rules that need the body itself (its unit, say) still run with the
 * method; those the path decides run here first, so such a caller gets 403 whatever it sends.
 */
@Component
class AuthorityBeforeBody implements HandlerInterceptor {

	private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
	private final DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

	AuthorityBeforeBody(ApplicationContext context) {
		expressions.setApplicationContext(context);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Method javaMethod = method.getMethod();
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(javaMethod, PreAuthorize.class);
		String body = bodyParameterName(method);
		if (rule == null || body == null || rule.value().contains("#" + body)) {
			return true;
		}
		Object[] arguments = pathArguments(method, request);
		if (arguments == null) {
			return true; // a path variable that does not convert: binding answers 400, as for any caller
		}
		Supplier<Authentication> caller = () -> SecurityContextHolder.getContext().getAuthentication();
		EvaluationContext context = expressions.createEvaluationContext(caller,
				new SimpleMethodInvocation(method.getBean(), javaMethod, arguments));
		Expression expression = expressions.getExpressionParser().parseExpression(rule.value());
		boolean allowed;
		try {
			allowed = ExpressionUtils.evaluateAsBoolean(expression, context);
		}
		catch (IllegalArgumentException e) {
			// a rule that looks the path's object up: its own error (say, 404 for no such item) is the answer
			if (e.getCause() instanceof EvaluationException evaluation && evaluation.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
		if (!allowed) {
			throw new AccessDeniedException("Access denied");
		}
		return true;
	}

	private String bodyParameterName(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				parameter.initParameterNameDiscovery(names);
				return parameter.getParameterName();
			}
		}
		return null;
	}

	/** The method's arguments as far as the path gives them, the others null; null if a variable does not convert. */
	private Object[] pathArguments(HandlerMethod method, HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		MethodParameter[] parameters = method.getMethodParameters();
		Object[] arguments = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			PathVariable path = parameters[i].getParameterAnnotation(PathVariable.class);
			if (path == null || variables == null) {
				continue;
			}
			parameters[i].initParameterNameDiscovery(names);
			String name = path.name().isEmpty() ? parameters[i].getParameterName() : path.name();
			String value = variables.get(name);
			if (value == null) {
				continue;
			}
			try {
				arguments[i] = DefaultConversionService.getSharedInstance().convert(value, parameters[i].getParameterType());
			}
			catch (RuntimeException e) {
				return null;
			}
		}
		return arguments;
	}
}
