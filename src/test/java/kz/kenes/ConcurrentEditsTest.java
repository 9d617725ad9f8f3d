package kz.kenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.meeting.DecisionTerms;
import kz.kenes.meeting.DecisionWorkflow;
import kz.kenes.meeting.MeetingDetails;
import kz.kenes.meeting.MeetingFormat;
import kz.kenes.meeting.MeetingWorkflow;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.proposal.CitizenProposal;
import kz.kenes.proposal.ProposalWorkflow;
import kz.kenes.publication.NewsContent;
import kz.kenes.publication.Newsroom;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;
import kz.kenes.support.Race;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sixteen staff clients at once on the same proposal, protocol decision and news article, through the HTTP layer
 * (API and staff pages): one write per version is applied, every other one is refused with the conflict message,
 * nothing is a 500, and the audit trail has exactly one row per applied write.
 */
@KenesTest
class ConcurrentEditsTest {

	static final int CLIENTS = 16;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgUnits units;

	@Autowired
	People people;

	@Autowired
	ProposalWorkflow proposals;

	@Autowired
	MeetingWorkflow meetings;

	@Autowired
	DecisionWorkflow decisions;

	@Autowired
	Newsroom newsroom;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	@Test
	void executorsAcceptingAndRejectingOneProposalAtOnceApplyOneAnswer() throws Exception {
		long id = proposals.submitFromCitizen(new CitizenProposal(unit("miras-council"), "Кітапханада кешкі оқу залы",
				Language.KK, null, null, "reader@example.kz", null)).id();
		Actors.actAs(users, "secretary");
		proposals.takeUnderReview(id, version("proposal", id), unit("dept-culture"), LocalDate.now().plusDays(10));
		Actors.nobody();
		int seen = version("proposal", id);

		List<MockHttpServletResponse> responses = Race.run(CLIENTS, client -> () -> mvc.perform(
				post("/api/v1/proposals/{id}/" + (client % 2 == 0 ? "accept" : "reject"), id)
					.with(Logins.as(users, "culture")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("version", seen, "answer", "Жауап " + client, "reason",
							"Себеп " + client))))
			.andReturn().getResponse());

		assertThat(Race.successesOrConflicts(responses)).isEqualTo(1);
		int winner = winner(responses);
		assertThat(jdbc.sql("SELECT status || ' ' || answer FROM proposal WHERE id = ?").param(id).query(String.class)
			.single()).isEqualTo((winner % 2 == 0 ? "ACCEPTED" : "REJECTED") + " Жауап " + winner);
		assertThat(audited("Proposal", id, "ACCEPT") + audited("Proposal", id, "REJECT")).isEqualTo(1);
		assertThat(version("proposal", id)).isEqualTo(seen + 1);
	}

	@Test
	void executorsReportingOnOneDecisionAtOnceLoseNoFollowUp() throws Exception {
		long decision = openDecision();
		long youth = unit("dept-youth");

		// every client sends the version it read: one follow-up is applied, fifteen are refused
		int seen = version("decision", decision);
		List<MockHttpServletResponse> stale = Race.run(CLIENTS, client -> () -> followUp(decision, seen, youth,
				"Бірінші есеп " + client));
		assertThat(Race.successesOrConflicts(stale)).isEqualTo(1);

		// then every client reloads and retries on a conflict until its report is in: all sixteen are kept
		List<MockHttpServletResponse> retried = Race.run(CLIENTS, client -> () -> {
			MockHttpServletResponse last = null;
			for (int attempt = 0; attempt < 40; attempt++) {
				last = followUp(decision, version("decision", decision), youth, "Есеп " + client);
				if (last.getStatus() != 409) {
					break;
				}
			}
			return last;
		});
		assertThat(Race.successesOrConflicts(retried)).isEqualTo(CLIENTS);

		int followUps = jdbc.sql("SELECT count(*) FROM decision_follow_up WHERE decision = ?").param(decision)
			.query(Integer.class).single();
		assertThat(followUps).isEqualTo(1 + CLIENTS);
		assertThat(audited("Decision", decision, "FOLLOW_UP")).isEqualTo(1 + CLIENTS);
		assertThat(version("decision", decision)).isEqualTo(seen + 1 + CLIENTS);
	}

	@Test
	void editorsSavingOneNewsDraftAtOnceKeepOneVersionAndTheOthersSeeTheConflictMessage() throws Exception {
		long branch = unit("shymkent-branch");
		Actors.actAs(users, "secretary");
		long id = newsroom.create(branch, null, new NewsContent(new LocalizedText("Жаңалық", "Новость", "News"),
				new LocalizedText("Қысқаша", "Кратко", "Lead"), new LocalizedText("Мәтін", "Текст", "Text"), Set.of()))
			.getId();
		Actors.nobody();
		int seen = version("news_item", id);

		List<MockHttpServletResponse> responses = Race.run(CLIENTS, client -> () -> mvc.perform(
				post("/staff/news/{id}", id).with(Logins.as(users, "secretary")).with(csrf()).param("lang", "en")
					.param("branchId", String.valueOf(branch)).param("titleKk", "Жаңалық " + client)
					.param("titleRu", "Новость " + client).param("titleEn", "News " + client)
					.param("leadKk", "Қысқаша").param("bodyKk", "Мәтін " + client).param("tags", "")
					.param("version", String.valueOf(seen)))
			.andReturn().getResponse());

		int saved = 0;
		int winner = -1;
		for (int i = 0; i < responses.size(); i++) {
			MockHttpServletResponse response = responses.get(i);
			if (response.getStatus() == 302) {
				saved++;
				winner = i;
			}
			else {
				assertThat(response.getStatus()).isEqualTo(200);
				assertThat(response.getContentAsString()).contains("Someone else changed this record before you");
			}
		}
		assertThat(saved).isEqualTo(1);
		assertThat(jdbc.sql("SELECT title_kk FROM news_item WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Жаңалық " + winner);
		assertThat(audited("NewsItem", id, "EDIT")).isEqualTo(1);
		assertThat(version("news_item", id)).isEqualTo(seen + 1);
	}

	private MockHttpServletResponse followUp(long decision, int version, long unit, String text) throws Exception {
		return mvc.perform(post("/api/v1/decisions/{id}/follow-ups", decision).with(Logins.as(users, "youth"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("version", version, "orgUnitId", unit, "text", text))))
			.andReturn().getResponse();
	}

	/** A decision of a new meeting of the "Miras" council, executed by the youth department. */
	private long openDecision() {
		Actors.actAs(users, "secretary");
		long council = unit("miras-council");
		LocalDateTime at = LocalDateTime.now().plusDays(30).withHour(10).withMinute(0).withSecond(0).withNano(0);
		long meeting = meetings.schedule(council, new MeetingDetails(meetings.nextNumber(council, at.getYear()), at,
				90, MeetingFormat.IN_PERSON, "Шымкент", null, person("mombek-abdiakimuly"),
				person("example-council-secretary")));
		long decision = decisions.decide(meeting, new DecisionTerms(null, "Жастар орталығын ашу",
				"Открыть молодёжный центр", "Open a youth centre", at.toLocalDate().plusMonths(3),
				List.of(unit("dept-youth"))));
		Actors.nobody();
		return decision;
	}

	private long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	private long person(String code) {
		return people.findByCode(code).orElseThrow().getId();
	}

	private int version(String table, long id) {
		return jdbc.sql("SELECT version FROM " + table + " WHERE id = ?").param(id).query(Integer.class).single();
	}

	private long audited(String type, long id, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ? AND action = ?")
			.params(type, String.valueOf(id), action).query(Long.class).single();
	}

	private static int winner(List<MockHttpServletResponse> responses) {
		for (int i = 0; i < responses.size(); i++) {
			if (responses.get(i).getStatus() < 300) {
				return i;
			}
		}
		throw new AssertionError("no write applied");
	}
}
