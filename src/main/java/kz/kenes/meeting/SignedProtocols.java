package kz.kenes.meeting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;

/**
 * The documents of a signed protocol, rendered once in Kazakh and Russian (DOCX and PDF) and kept as bytes: what was
 * signed is what is served, whatever happens to the meeting's proposals and decisions afterwards.
 */
@Component
public class SignedProtocols {

	/** A stored document: its file name and bytes. */
	public record StoredDocument(String fileName, byte[] content) {
	}

	private static final List<Language> LANGUAGES = List.of(Language.KK, Language.RU);
	private static final List<String> FORMATS = List.of("pdf", "docx");

	private final JdbcClient jdbc;
	private final ProtocolDocuments documents;
	private final MeetingQueries queries;

	SignedProtocols(JdbcClient jdbc, ProtocolDocuments documents, MeetingQueries queries) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.queries = queries;
	}

	/**
	 * Renders and stores the documents of a meeting whose protocol is signed, as the public reads it (documents
	 * already stored are kept). Runs in the signing transaction.
	 */
	void store(long meetingId) {
		MeetingRecord record = queries.publicRecord(meetingId)
			.filter(r -> r.status() == MeetingStatus.PROTOCOL_SIGNED)
			.orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " is not signed"));
		Long region = jdbc.sql("SELECT region_id FROM meeting WHERE id = ?").param(meetingId).query(Long.class)
			.optional().orElse(null);
		for (Language language : LANGUAGES) {
			for (String format : FORMATS) {
				byte[] content = "pdf".equals(format) ? documents.pdf(record, language)
						: documents.docx(record, language);
				jdbc.sql("""
						INSERT INTO signed_protocol_document (meeting_id, language, format, region_id, file_name, content,
						                                      sha256)
						VALUES (:meeting, :language, :format, :region, :name, :content, :sha)
						ON CONFLICT (meeting_id, language, format) DO NOTHING""")
					.param("meeting", meetingId).param("language", language.code()).param("format", format)
					.param("region", region).param("name", documents.fileName(record, language, format))
					.param("content", content).param("sha", sha256(content)).update();
			}
		}
	}

	/**
	 * The stored document of a signed protocol; for a protocol signed before documents were stored, they are
	 * rendered and stored at this first request and stay as they are from then on. Empty while the protocol is not
	 * signed.
	 */
	public Optional<StoredDocument> document(long meetingId, Language language, String format) {
		if (!FORMATS.contains(format)) {
			throw new IllegalArgumentException("format " + format);
		}
		Optional<StoredDocument> stored = find(meetingId, ProtocolDocuments.documentLanguage(language), format);
		if (stored.isPresent()) {
			return stored;
		}
		boolean signed = queries.record(meetingId).map(r -> r.status() == MeetingStatus.PROTOCOL_SIGNED)
			.orElse(false);
		if (!signed) {
			return Optional.empty();
		}
		store(meetingId);
		return find(meetingId, ProtocolDocuments.documentLanguage(language), format);
	}

	private Optional<StoredDocument> find(long meetingId, Language language, String format) {
		return jdbc.sql("""
				SELECT file_name, content FROM signed_protocol_document
				WHERE meeting_id = ? AND language = ? AND format = ?""")
			.params(meetingId, language.code(), format)
			.query((rs, n) -> new StoredDocument(rs.getString(1), rs.getBytes(2))).optional();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
