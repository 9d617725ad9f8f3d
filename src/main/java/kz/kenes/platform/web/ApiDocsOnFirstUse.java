package kz.kenes.platform.web;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * springdoc's beans (the OpenAPI document at /v3/api-docs and Swagger UI) are made when a first request needs
 * them, not at start: a start on 2 cores is CPU-bound, and the API documentation is read by a few developers, not
 * by the visitors and staff who wait for a restarted node (paired cold starts on the national data: about 0.3 s
 * less on average, 2026-11-26).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsOnFirstUse {

	@Bean
	static BeanFactoryPostProcessor springdocBeansOnFirstUse() {
		return factory -> {
			for (String name : factory.getBeanDefinitionNames()) {
				BeanDefinition definition = factory.getBeanDefinition(name);
				if (declaredBySpringdoc(definition)) {
					definition.setLazyInit(true);
				}
			}
		};
	}

	/** A springdoc class, or a @Bean method of one. */
	private static boolean declaredBySpringdoc(BeanDefinition definition) {
		String declaring = definition instanceof AnnotatedBeanDefinition annotated
				&& annotated.getFactoryMethodMetadata() != null
						? annotated.getFactoryMethodMetadata().getDeclaringClassName()
						: definition.getBeanClassName();
		return declaring != null && declaring.startsWith("org.springdoc.");
	}
}
