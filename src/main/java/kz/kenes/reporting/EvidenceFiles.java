package kz.kenes.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import kz.kenes.identity.AuditTrail;
import kz.kenes.platform.ImageMetadata;
import kz.kenes.platform.RuleViolation;

/**
 * Evidence files of reports, activities and facilities. Uploads are checked by content (PDF, PNG, JPEG, DOCX,
 * XLSX; the name must agree with the content) and size; downloads are for staff who may read the item until the
 * evidence is covered by an accepted report, and public from then on.
 */
@Service
public class EvidenceFiles {

	public enum OwnerKind {
		REPORT, ACTIVITY, FACILITY
	}

	public record EvidenceFile(long id, long itemId, OwnerKind ownerKind, long ownerId, String fileName,
			String contentType, long sizeBytes, String sha256, String storageKey, String uploadedBy,
			Instant uploadedAt) {
	}

	public record Download(EvidenceFile file, InputStream content) {
	}

	private final JdbcClient jdbc;
	private final EvidenceStorage storage;
	private final ReportingItems items;
	private final ReportingAccess access;
	private final PeriodReports reports;
	private final Activities activities;
	private final Facilities facilities;
	private final ActivityLog log;
	private final AuditTrail audit;
	private final long maxBytes;

	EvidenceFiles(JdbcClient jdbc, EvidenceStorage storage, ReportingItems items, ReportingAccess access,
			PeriodReports reports, Activities activities, Facilities facilities, ActivityLog log, AuditTrail audit,
			@Value("${kenes.reporting.max-file-size:10MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.items = items;
		this.access = access;
		this.reports = reports;
		this.activities = activities;
		this.facilities = facilities;
		this.log = log;
		this.audit = audit;
		this.maxBytes = maxSize.toBytes();
	}

	public long maxBytes() {
		return maxBytes;
	}

	@Transactional
	public EvidenceFile upload(OwnerKind kind, long ownerId, String originalName, byte[] content) {
		ReportingItem item = items.get(requireWritableOwner(kind, ownerId));
		if (content == null || content.length == 0) {
			throw new RuleViolation("reporting.error.file.empty");
		}
		if (content.length > maxBytes) {
			throw new RuleViolation("reporting.error.file.tooLarge", maxBytes / (1024 * 1024));
		}
		String name = cleanName(originalName);
		FileType type = FileType.sniff(content).orElseThrow(() -> new RuleViolation("reporting.error.file.type"));
		if (!type.matchesName(name)) {
			throw new RuleViolation("reporting.error.file.renamed");
		}
		if (type == FileType.JPEG || type == FileType.PNG) {
			// evidence photos are public once the report is accepted: no GPS position, camera or comments with them
			content = ImageMetadata.strip(content);
		}
		String key = UUID.randomUUID().toString();
		try {
			storage.store(key, content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		deleteIfRolledBack(key);
		long id = jdbc.sql("""
				INSERT INTO evidence_file (region_id, roadmap_item, owner_kind, owner_id, file_name, content_type,
				                           size_bytes, sha256, storage_key, uploaded_by)
				VALUES (:region, :item, :kind, :owner, :name, :type, :size, :sha, :key, :by) RETURNING id""")
			.param("region", item.regionId()).param("item", item.id()).param("kind", kind.name())
			.param("owner", ownerId).param("name", name).param("type", type.contentType)
			.param("size", content.length).param("sha", sha256(content)).param("key", key)
			.param("by", access.username())
			.query(Long.class).single();
		EvidenceFile file = get(id);
		audit.record("EvidenceFile", id, "UPLOAD", null,
				java.util.Map.of("owner", kind + ":" + ownerId, "name", name, "sha256", file.sha256()),
				item.regionId());
		return file;
	}

	@Transactional
	public void delete(long fileId) {
		EvidenceFile file = get(fileId);
		ReportingItem item = items.get(requireWritableOwner(file.ownerKind(), file.ownerId()));
		jdbc.sql("DELETE FROM evidence_file WHERE id = ?").param(fileId).update();
		audit.record("EvidenceFile", fileId, "DELETE", java.util.Map.of("name", file.fileName()), null,
				item.regionId());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					storage.delete(file.storageKey());
				}
				catch (IOException e) {
					// an orphan file is harmless; the row is gone
				}
			}
		});
	}

	public List<EvidenceFile> list(OwnerKind kind, long ownerId) {
		return jdbc.sql("SELECT * FROM evidence_file WHERE owner_kind = :kind AND owner_id = :owner ORDER BY id")
			.param("kind", kind.name()).param("owner", ownerId).query(this::map).list();
	}

	/** One file's record (no access check: names and owners only, for redirects). */
	public EvidenceFile file(long fileId) {
		return get(fileId);
	}

	/** All evidence of an item, for its page (one query). */
	public List<EvidenceFile> listForItem(long itemId) {
		return jdbc.sql("SELECT * FROM evidence_file WHERE roadmap_item = ? ORDER BY id").param(itemId)
			.query(this::map).list();
	}

	/** The file and its bytes, if the current user may have it (anyone once it is public). */
	@Transactional(readOnly = true)
	public Download download(long fileId) {
		EvidenceFile file = jdbc.sql("SELECT * FROM evidence_file WHERE id = ?").param(fileId).query(this::map)
			.optional().orElseThrow(NoSuchElementException::new);
		if (!isPublic(file)) {
			ReportingItem item = items.get(file.itemId());
			ReportStatus status = file.ownerKind() == OwnerKind.REPORT
					? reports.findById(file.ownerId()).map(PeriodReport::getStatus).orElse(ReportStatus.DRAFT)
					: ReportStatus.SUBMITTED;
			access.requireReadReport(item, status);
		}
		try {
			return new Download(file, storage.open(file.storageKey()));
		}
		catch (IOException e) {
			throw new NoSuchElementException("Evidence file content missing");
		}
	}

	/** Public once an accepted report covers it: its own report, the activity's month, the facility's year. */
	public boolean isPublic(EvidenceFile file) {
		String sql = switch (file.ownerKind()) {
			case REPORT -> "SELECT EXISTS (SELECT 1 FROM period_report WHERE id = :owner AND status = 'ACCEPTED')";
			case ACTIVITY -> """
					SELECT EXISTS (SELECT 1 FROM activity a JOIN period_report r ON r.roadmap_item = a.roadmap_item
					 WHERE a.id = :owner AND r.status = 'ACCEPTED' AND r.year = extract(YEAR FROM a.held_on)
					   AND extract(MONTH FROM a.held_on) BETWEEN r.first_month AND r.last_month)""";
			case FACILITY -> """
					SELECT EXISTS (SELECT 1 FROM facility f JOIN period_report r ON r.roadmap_item = f.roadmap_item
					 WHERE f.id = :owner AND r.status = 'ACCEPTED' AND r.year = f.planned_year)""";
		};
		return jdbc.sql(sql).param("owner", file.ownerId()).query(Boolean.class).single();
	}

	private EvidenceFile get(long id) {
		return jdbc.sql("SELECT * FROM evidence_file WHERE id = ?").param(id).query(this::map).optional()
			.orElseThrow(NoSuchElementException::new);
	}

	/** The item the owner belongs to, after checking the current user may attach files to it now. */
	private long requireWritableOwner(OwnerKind kind, long ownerId) {
		return switch (kind) {
			case REPORT -> {
				PeriodReport report = reports.findById(ownerId).orElseThrow(NoSuchElementException::new);
				access.requireWrite(items.get(report.getRoadmapItem()));
				report.requireEditable();
				yield report.getRoadmapItem();
			}
			case ACTIVITY -> {
				Activity activity = activities.findById(ownerId).orElseThrow(NoSuchElementException::new);
				access.requireWrite(items.get(activity.getRoadmapItem()));
				log.requireUnlocked(activity.getRoadmapItem(), activity.getHeldOn());
				yield activity.getRoadmapItem();
			}
			case FACILITY -> {
				Facility facility = facilities.findById(ownerId).orElseThrow(NoSuchElementException::new);
				access.requireWrite(items.get(facility.getRoadmapItem()));
				yield facility.getRoadmapItem();
			}
		};
	}

	private void deleteIfRolledBack(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							storage.delete(key);
						}
						catch (IOException e) {
							// nothing refers to it
						}
					}
				}
			});
		}
	}

	/** The name without any folder part or control characters, at most 255 characters. */
	static String cleanName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
		if (base.isEmpty()) {
			throw new RuleViolation("reporting.error.file.type");
		}
		return base.length() > 255 ? base.substring(base.length() - 255) : base;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private EvidenceFile map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new EvidenceFile(rs.getLong("id"), rs.getLong("roadmap_item"), OwnerKind.valueOf(rs.getString("owner_kind")),
				rs.getLong("owner_id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("storage_key"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}
}
