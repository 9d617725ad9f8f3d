package kz.kenes.platform.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The API answers in JSON (and CSV where a controller writes it). Spring would also answer {@code Accept:
 * application/yaml} through Jackson 2's YAML converter, present only because springdoc needs jackson-dataformat-yaml;
 * that mapper knows none of the app's Jackson settings and wrote dates as arrays ([2024, 12, 31]). Such a request
 * now gets 406.
 */
@Configuration(proxyBeanMethods = false)
class ApiFormats {

	@Bean
	ServerHttpMessageConvertersCustomizer noYamlAnswers() {
		return converters -> converters.configureMessageConvertersList(list -> list
			.removeIf(converter -> converter.getSupportedMediaTypes().contains(MediaType.APPLICATION_YAML)));
	}
}
