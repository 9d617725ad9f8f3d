package kz.kenes.roadmap.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.PublicPaths;
import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.ProjectView;

/**
 * Party projects over HTTP: anyone reads; ADMIN creates and changes (a change carries the version read: 409 when
 * stale). Errors are RFC 9457 problem details (422 for a broken rule, with its message in the caller's language).
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Party projects", description = "National initiatives of the party; roadmap items carry them")
class ProjectApi {

	private final ProjectRegistry projects;

	ProjectApi(ProjectRegistry projects) {
		this.projects = projects;
	}

	/** A project to create or change; {@code version} is required for a change. */
	record ProjectRequest(String code, LocalizedText name, Integer version) {
	}

	@GetMapping
	@Operation(summary = "Every party project, by code")
	List<ProjectView> list() {
		return projects.projects();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One party project")
	ProjectView one(@PathVariable long id) {
		return projects.project(id).orElseThrow(() -> new NoSuchElementException("project " + id));
	}

	@PostMapping
	@Operation(summary = "Create a party project (ADMIN)")
	ResponseEntity<ProjectView> create(@RequestBody ProjectRequest request) {
		ProjectView created = projects.create(request.code(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a party project (ADMIN); 409 when someone changed it since the given version")
	ProjectView update(@PathVariable long id, @RequestBody ProjectRequest request) {
		return projects.change(id, request.version(), request.code(), request.name());
	}

	@Configuration(proxyBeanMethods = false)
	static class OpenReads {

		@Bean
		PublicPaths projectPublicPaths() {
			return PublicPaths.of("/api/v1/projects", "/api/v1/projects/*");
		}
	}
}
