package kz.kenes.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.platform.RuleViolation;
import kz.kenes.reporting.Activities;
import kz.kenes.reporting.EvidenceFiles;
import kz.kenes.reporting.Facilities;

/**
 * Evidence uploads (staff) and downloads: {@code /evidence/{id}} serves anyone once the evidence is public (covered
 * by an accepted report) and only staff who may read the item before that.
 */
@Controller
class EvidenceController {

	private final EvidenceFiles evidence;
	private final Activities activities;
	private final Facilities facilities;

	EvidenceController(EvidenceFiles evidence, Activities activities, Facilities facilities) {
		this.evidence = evidence;
		this.activities = activities;
		this.facilities = facilities;
	}

	@PostMapping("/staff/reporting/files")
	String upload(EvidenceFiles.OwnerKind ownerKind, long ownerId, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) {
		String back = back(ownerKind, ownerId);
		return Outcome.attempt(redirect, back, () -> {
			if (file.getSize() > evidence.maxBytes()) {
				throw new RuleViolation("reporting.error.file.tooLarge", evidence.maxBytes() / (1024 * 1024));
			}
			try {
				evidence.upload(ownerKind, ownerId, file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new RuleViolation("reporting.error.file.empty");
			}
		});
	}

	@PostMapping("/staff/reporting/files/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		var file = evidence.file(id);
		return Outcome.attempt(redirect, back(file.ownerKind(), file.ownerId()), () -> evidence.delete(id));
	}

	private String back(EvidenceFiles.OwnerKind kind, long ownerId) {
		return switch (kind) {
			case REPORT -> "/staff/reporting/reports/" + ownerId;
			case ACTIVITY -> "/staff/reporting/items/" + activities.findById(ownerId)
				.orElseThrow(NoSuchElementException::new).getRoadmapItem();
			case FACILITY -> "/staff/reporting/items/" + facilities.findById(ownerId)
				.orElseThrow(NoSuchElementException::new).getRoadmapItem();
		};
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id) {
		EvidenceFiles.Download download = evidence.download(id);
		InputStream content = download.content();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.contentLength(download.file().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, evidence.isPublic(download.file()) ? "private, max-age=3600" : "private, no-store")
			.body(new InputStreamResource(content));
	}
}
