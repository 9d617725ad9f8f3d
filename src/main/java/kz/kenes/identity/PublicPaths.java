package kz.kenes.identity;

import java.util.List;

/**
 * API paths a module opens to anonymous readers (GET only). Everything else under {@code /api/} needs a login;
 * each module declares its own as a bean, e.g. {@code PublicPaths.of("/api/v1/programs/**")}.
 */
public record PublicPaths(List<String> patterns) {

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}
}
