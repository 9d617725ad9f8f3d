package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.proposal.ProposalWorkflow;
import kz.kenes.support.KenesTest;

/** A signed protocol's documents are stored at signing and served byte for byte, whatever happens afterwards. */
@KenesTest
@Transactional
class SignedProtocolTest {

	private static final List<String> FILES = List.of("kk.pdf", "kk.docx", "ru.pdf", "ru.docx");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProposalWorkflow proposals;

	@Autowired
	Access access;

	private long seed() {
		return jdbc.sql("""
				SELECT m.id FROM meeting m JOIN org_unit c ON c.id = m.council_id
				WHERE c.code = 'miras-council' AND m.starts_at::date = DATE '2024-11-15'""").query(Long.class).single();
	}

	private Map<String, byte[]> download(String base, long meeting) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String file : FILES) {
			var request = get(base + meeting + "/protocol/" + file);
			if (base.startsWith("/staff")) {
				request = request.with(user(users.loadUserByUsername("secretary")));
			}
			files.put(file, mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray());
		}
		return files;
	}

	@Test
	void theSignedProtocolIsTheSameBeforeAndAfterAProposalOfItsMeetingIsAnswered() throws Exception {
		long meeting = seed();
		// stored when the demo meeting was signed, with a checksum of each document
		assertThat(jdbc.sql("SELECT count(*) FROM signed_protocol_document WHERE meeting_id = ?").param(meeting)
			.query(Integer.class).single()).isEqualTo(4);
		Map<String, byte[]> before = download("/meetings/", meeting);

		record Open(long id, int version, String status, Long executor) {
		}
		Open open = jdbc.sql("""
				SELECT id, version, status, executor_id FROM proposal
				WHERE meeting_id = ? AND status IN ('RECEIVED', 'UNDER_REVIEW') ORDER BY id LIMIT 1""")
			.param(meeting).query((rs, n) -> new Open(rs.getLong(1), rs.getInt(2), rs.getString(3),
					rs.getObject(4, Long.class)))
			.single();
		assertThat(open.status()).isEqualTo("UNDER_REVIEW");
		access.runAsSystem("test", () -> proposals.accept(open.id(), open.version(),
				"Ұсыныс қабылданды: үйірмелер 2025 жылы ашылады."));
		assertThat(jdbc.sql("SELECT status FROM proposal WHERE id = ?").param(open.id()).query(String.class).single())
			.isEqualTo("ACCEPTED");

		Map<String, byte[]> after = download("/meetings/", meeting);
		Map<String, byte[]> staff = download("/staff/meetings/", meeting);
		for (String file : FILES) {
			assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
			assertThat(staff.get(file)).as("staff " + file).isEqualTo(before.get(file));
			String language = file.substring(0, 2);
			String format = file.substring(3);
			assertThat(jdbc.sql("""
					SELECT sha256 FROM signed_protocol_document WHERE meeting_id = ? AND language = ? AND format = ?""")
				.params(meeting, language, format).query(String.class).single())
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(before.get(file))));
		}
		// the answer is reached from the meeting's page (its proposals, each with its answer), not from the protocol
		assertThat(mvc.perform(get("/meetings/" + meeting)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("/proposals/" + open.id());
		assertThat(mvc.perform(get("/proposals/" + open.id())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("үйірмелер 2025 жылы ашылады");
	}
}
