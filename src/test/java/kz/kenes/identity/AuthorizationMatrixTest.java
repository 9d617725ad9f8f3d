package kz.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.kenes.support.KenesTest;

/**
 * Every HTTP endpoint of the application, called as every kind of actor, against one table of expected outcomes
 * ({@code authorization-matrix.txt} beside this class). The endpoints come from Spring MVC's handler mappings and
 * are cross-checked with the OpenAPI document: an endpoint without a row, or a row without an endpoint, fails.
 * <p>
 * Path variables are filled with real objects of department A (dept-youth) and council A ("Miras", Shymkent
 * branch); the actors of department B and of another branch's council must not reach them. The whole test runs in
 * one transaction that is rolled back at the end; each request runs in a savepoint of its own, so an allowed write
 * leaves nothing behind for the next actor, and a refused write is checked to have written no row.
 */
@KenesTest
class AuthorizationMatrixTest {

	static final String TABLE = "authorization-matrix.txt";
	static final String DETECTOR_CHECK = "POST /staff/reporting/items/{id}/activities";
	static final String PASSWORD = "matrix-pass";
	/** The citizen's contact data in the fixture proposal: only the council's moderators may ever see them. */
	static final String CONTACT_EMAIL = "matrix.citizen@example.kz";
	static final String CONTACT_PHONE = "+7 701 555 0199";

	/**
	 * Texts of unit A's objects that are not public, and the actors who must never get them in any answer: a list
	 * page or API that is allowed (200) but shows another unit's rows fails here, not only one that should refuse.
	 * Each marker must also reach someone who may read it somewhere, or the check would prove nothing.
	 */
	static final String DRAFT_MARKER = "MATRIX-MARK-draft-of-department-A";
	static final String PROPOSAL_MARKER = "MATRIX-MARK-proposal-to-council-A";

	static Map<String, Set<Actor>> privateMarkers() {
		return Map.of(
				// a draft stays with its executors: not even the secretary reads it
				DRAFT_MARKER, Set.of(Actor.ANON, Actor.REPORTER_B, Actor.MEMBER, Actor.SECRETARY_A, Actor.SECRETARY_B),
				// a proposal under review is not published yet
				PROPOSAL_MARKER, Set.of(Actor.ANON, Actor.REPORTER_B, Actor.SECRETARY_B));
	}

	/** Actors in table column order; {@code mayReadContacts}: moderators of council A's proposals. */
	enum Actor {
		ANON("anon", false), REPORTER_A("repA", false), REPORTER_B("repB", false), MEMBER("member", false),
		SECRETARY_A("secA", true), SECRETARY_B("secB", false), ADMIN("admin", true);

		final String column;
		final boolean mayReadContacts;

		Actor(String column, boolean mayReadContacts) {
			this.column = column;
			this.mayReadContacts = mayReadContacts;
		}

		String username() {
			return "matrix-" + column.toLowerCase();
		}
	}

	/** What an actor gets: the request was served (or refused on its content: 400/409/422), refused, or hidden. */
	enum Outcome {
		OK("ok"), DENIED("deny"), NOT_FOUND("404");

		final String token;

		Outcome(String token) {
			this.token = token;
		}

		static Outcome of(String token) {
			for (Outcome o : values()) {
				if (o.token.equals(token)) {
					return o;
				}
			}
			throw new IllegalArgumentException("unknown outcome '" + token + "' (use ok, deny, 404)");
		}
	}

	record Row(int line, String method, String pattern, Map<Actor, Outcome> expected, String sample, String body,
			String file) {

		String key() {
			return method + " " + pattern;
		}
	}

	record Call(int status, String location, String body, boolean wrote, String error) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JsonMapper json;

	@Test
	@Transactional
	void everyEndpointAnswersEveryActorAsTheTableSays() throws Exception {
		long started = System.nanoTime();
		List<Row> rows = readTable();
		Set<String> endpoints = endpoints();
		Set<String> openApi = openApiOperations();
		List<String> problems = new ArrayList<>();

		Map<String, Row> byKey = new LinkedHashMap<>();
		for (Row row : rows) {
			if (byKey.put(row.key(), row) != null) {
				problems.add("line " + row.line() + ": duplicate row " + row.key());
			}
		}
		for (String endpoint : endpoints) {
			if (!byKey.containsKey(endpoint)) {
				problems.add("endpoint without a row in " + TABLE + ": " + endpoint);
			}
		}
		for (Row row : rows) {
			if (!endpoints.contains(row.key())) {
				problems.add("line " + row.line() + ": row for an endpoint that no longer exists: " + row.key());
			}
		}
		for (String operation : openApi) {
			if (!byKey.containsKey(operation)) {
				problems.add("OpenAPI operation without a row in " + TABLE + ": " + operation);
			}
		}
		for (String pair : SAME_RULE) {
			String[] sides = pair.split(" = ");
			Row page = byKey.get(sides[0]);
			Row api = byKey.get(sides[1]);
			if (page == null || api == null) {
				problems.add("SAME_RULE names an endpoint without a row: " + pair);
				continue;
			}
			for (Actor actor : Actor.values()) {
				if (actor != Actor.ANON && refused(page.expected().get(actor)) != refused(api.expected().get(actor))) {
					problems.add("page and API differ for " + actor.column + ": " + pair);
				}
			}
		}
		assertThat(problems).as("the table must list exactly the application's endpoints").isEmpty();

		MatrixFixture fixture = new MatrixFixture(jdbc);
		ids = fixture.create();
		UserDetails[] principals = new UserDetails[Actor.values().length];
		for (Actor actor : Actor.values()) {
			if (actor != Actor.ANON) {
				principals[actor.ordinal()] = users.loadUserByUsername(actor.username());
			}
		}
		fixture.put("evidenceA", uploadEvidence(principals[Actor.REPORTER_A.ordinal()], ids));

		// Tests render templates uncached (spring.thymeleaf.cache=false); ~1600 pages want them parsed once.
		var resolvers = context.getBeansOfType(
				org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver.class).values();
		Map<Object, Boolean> cacheable = new java.util.HashMap<>();
		resolvers.forEach(r -> {
			cacheable.put(r, r.isCacheable());
			r.setCacheable(true);
		});
		try {
			runMatrix(rows, principals, problems, started, openApi.size());
		}
		finally {
			resolvers.forEach(r -> r.setCacheable(cacheable.get(r)));
		}
	}

	private void runMatrix(List<Row> rows, UserDetails[] principals, List<String> problems, long started,
			int openApiOperations) throws Exception {
		long cpuStarted = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		TransactionTemplate savepoint = new TransactionTemplate(transactions);
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		// The detector of refused-but-written must see a write: department A's reporter logs an activity.
		rows.stream().filter(r -> r.key().equals(DETECTOR_CHECK)).findFirst().ifPresentOrElse(row -> {
			Call logged = savepoint.execute(status -> {
				Call c = call(row, resolve(row, ids), Actor.REPORTER_A, principals[Actor.REPORTER_A.ordinal()], status);
				status.setRollbackOnly();
				return c;
			});
			assertThat(logged.wrote()).as("a logged activity counts as written (%s)", logged).isTrue();
		}, () -> problems.add("no row " + DETECTOR_CHECK + " to check the write detector with"));
		Set<String> markersRead = new TreeSet<>();
		int calls = 0;
		int denied = 0;
		StringBuilder observed = new StringBuilder();
		StringBuilder statuses = new StringBuilder();
		for (Row row : rows) {
			String path = resolve(row, ids);
			long rowStarted = System.nanoTime();
			StringBuilder codes = new StringBuilder();
			StringBuilder line = new StringBuilder(String.format("%-7s %-62s", row.method(), row.pattern()));
			for (Actor actor : Actor.values()) {
				Call call = savepoint.execute(status -> {
					Call c = call(row, path, actor, principals[actor.ordinal()], status);
					status.setRollbackOnly();
					return c;
				});
				calls++;
				codes.append(' ').append(call.status()).append(call.location() != null && call.status() / 100 == 3
						? "→" + call.location().replaceFirst("\\?.*", "") : "");
				Outcome expected = row.expected().get(actor);
				Outcome got = classify(call);
				line.append(String.format(" %-6s", got == null ? "ERR" : got.token));
				String where = row.key() + " as " + actor.column + " (" + path + ")";
				if (got == null) {
					problems.add(where + ": " + (call.error() != null ? call.error() : "status " + call.status()));
					continue;
				}
				if (got != expected) {
					problems.add(where + ": expected " + expected.token + " but got " + got.token + " (status "
							+ call.status() + (call.location() != null ? " → " + call.location() : "") + ")");
				}
				if (got != Outcome.OK) {
					denied++;
				}
				if (got != Outcome.OK && call.wrote()) {
					problems.add(where + ": refused (" + call.status() + ") but wrote rows that would be committed");
				}
				if (!actor.mayReadContacts && call.body() != null
						&& (call.body().contains(CONTACT_EMAIL) || call.body().contains(CONTACT_PHONE))) {
					problems.add(where + ": shows the citizen's contact data");
				}
				if (call.body() != null) {
					privateMarkers().forEach((marker, forbidden) -> {
						if (call.body().contains(marker)) {
							if (forbidden.contains(actor)) {
								problems.add(where + ": shows another unit's " + marker);
							}
							else {
								markersRead.add(marker);
							}
						}
					});
				}
			}
			statuses.append(String.format("%6d ms %s %s%s%n", (System.nanoTime() - rowStarted) / 1_000_000, row.key(),
					path, codes));
			observed.append(line.toString().stripTrailing())
				.append(row.sample() == null ? "" : " " + row.sample())
				.append(row.file() == null ? "" : " file=" + row.file())
				.append(row.body() == null ? "" : " body=" + row.body()).append('\n');
		}
		privateMarkers().keySet().stream().filter(m -> !markersRead.contains(m))
			.forEach(m -> problems.add(m + " reached no one who may read it: the check of other units' rows is void"));
		long millis = (System.nanoTime() - started) / 1_000_000;
		long cpuMillis = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
				- cpuStarted) / 1_000_000;
		System.out.printf("%nAuthorization matrix: %d endpoints × %d actors = %d calls (%d refused or hidden), "
				+ "%d OpenAPI operations cross-checked, %d ms (%d ms CPU in this thread)%n", rows.size(),
				Actor.values().length, calls, denied, openApiOperations, millis, cpuMillis);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/authorization-matrix.observed.txt"),
				observed.toString());
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/authorization-matrix.statuses.txt"),
				statuses.toString());
		assertThat(problems).as("authorization matrix").isEmpty();
	}

	/** An evidence file of department A, uploaded by its reporter through the page (and kept in the transaction). */
	private long uploadEvidence(UserDetails reporterA, Map<String, Object> ids) throws Exception {
		mvc.perform(MockMvcRequestBuilders.multipart("/staff/reporting/files")
			.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", sampleFile("evidence.pdf")))
			.param("ownerKind", "REPORT").param("ownerId", String.valueOf(ids.get("draftReportA")))
			.with(user(reporterA)).with(csrf()));
		return jdbc.sql("SELECT id FROM evidence_file WHERE owner_kind = 'REPORT' AND owner_id = ? ORDER BY id DESC")
			.param(ids.get("draftReportA")).query(Long.class).optional()
			.orElseThrow(() -> new IllegalStateException("the evidence file of department A was not uploaded"));
	}

	private Map<String, Object> ids;

	private Call call(Row row, String path, Actor actor, UserDetails principal,
			org.springframework.transaction.TransactionStatus status) {
		boolean api = path.startsWith("/api/");
		String method = row.method().equals("ANY") ? "GET" : row.method();
		boolean write = !method.equals("GET") && !method.equals("HEAD");
		AbstractMockHttpServletRequestBuilder<?> request;
		if (row.file() != null) {
			request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method), path)
				.file(new MockMultipartFile("file", row.file(), null, sampleFile(row.file())));
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		}
		request.header("Accept-Language", "kk");
		if (row.pattern().equals("/error")) {
			// reached only by the container's error dispatch, which sets these
			request.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page");
		}
		if (api) {
			if (actor != Actor.ANON) {
				request.with(httpBasic(actor.username(), PASSWORD));
			}
			if (write && row.file() == null) {
				String version = org.springframework.web.util.UriComponentsBuilder.fromUriString(path).build()
					.getQueryParams().getFirst("version");
				request.contentType(MediaType.APPLICATION_JSON).content(row.body() != null
						? fill(row.body(), ids) : fill(BODY_DEFAULTS.replace("{version}", version == null ? "0" : version), ids));
			}
		}
		else {
			if (principal != null) {
				request.with(user(principal));
			}
			if (write) {
				request.with(csrf());
				var own = org.springframework.web.util.UriComponentsBuilder.fromUriString(path).build().getQueryParams();
				org.springframework.web.util.UriComponentsBuilder.fromUriString("/?" + fill(FORM_DEFAULTS, ids)).build()
					.getQueryParams().forEach((name, values) -> {
						if (!own.containsKey(name)) {
							request.param(name, values.toArray(String[]::new));
						}
					});
			}
		}
		long before = write ? writtenRows() : 0;
		try {
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			long after = write ? writtenRows() : 0;
			String body = response.getContentType() != null && !response.getContentType().startsWith("application/pdf")
					&& !response.getContentType().contains("officedocument") ? response.getContentAsString()
							: null;
			// a savepoint an inner @Transactional marked rollback-only would not have been committed
			return new Call(response.getStatus(), response.getRedirectedUrl(), body,
					after != before && !status.isRollbackOnly(), null);
		}
		catch (Exception e) {
			Throwable root = e;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			return new Call(500, null, null, false, "exception " + root);
		}
	}

	/** Rows inserted, updated or deleted so far in this transaction, on this connection. */
	private long writtenRows() {
		try {
			return jdbc.sql("SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables")
				.query(Long.class).single();
		}
		catch (RuntimeException e) {
			return -1; // the savepoint is aborted: nothing in it can be committed
		}
	}

	private static boolean refused(Outcome outcome) {
		return outcome != Outcome.OK;
	}

	private static Outcome classify(Call call) {
		int s = call.status();
		if (s >= 500 || call.error() != null) {
			return null;
		}
		if (s == 401 || s == 403 || (s >= 300 && s < 400 && call.location() != null
				&& call.location().replaceFirst("^https?://[^/]+", "").startsWith("/login"))) {
			return Outcome.DENIED;
		}
		if (s == 404) {
			return Outcome.NOT_FOUND;
		}
		return Outcome.OK;
	}

	private static byte[] sampleFile(String name) {
		if (name.endsWith(".pdf")) {
			return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		}
		if (name.endsWith(".png")) {
			return java.util.Base64.getDecoder().decode(
					"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		}
		return "matrix".getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The same action as a page and in the API: the table must give both the same outcome for every logged-in actor
	 * (a refusal may be 403 on one side and a hiding 404 on the other).
	 */
	static final List<String> SAME_RULE = List.of(
			"GET /staff/reporting/reports/{id} = GET /api/v1/reporting/reports/{id}",
			"POST /staff/reporting/reports/{id} = PUT /api/v1/reporting/reports/{id}",
			"POST /staff/reporting/reports/{id}/accept = POST /api/v1/reporting/reports/{id}/accept",
			"POST /staff/reporting/reports/{id}/return = POST /api/v1/reporting/reports/{id}/return",
			"POST /staff/reporting/reports/{id}/reopen = POST /api/v1/reporting/reports/{id}/reopen",
			"POST /staff/reporting/items/{id}/reports = POST /api/v1/reporting/items/{itemId}/reports",
			"POST /staff/reporting/items/{id}/activities = POST /api/v1/reporting/items/{itemId}/activities",
			"GET /staff/reporting/items/{id} = GET /api/v1/reporting/items/{itemId}/reports",
			"POST /staff/meetings = POST /api/v1/meetings",
			"POST /staff/meetings/{id} = PUT /api/v1/meetings/{id}",
			"POST /staff/meetings/{id}/agenda = POST /api/v1/meetings/{id}/agenda",
			"POST /staff/meetings/{id}/attendance = POST /api/v1/meetings/{id}/attendance",
			"POST /staff/meetings/{id}/invite = POST /api/v1/meetings/{id}/participants",
			"POST /staff/meetings/{id}/reports = POST /api/v1/meetings/{id}/reports",
			"POST /staff/meetings/{id}/proposals = POST /api/v1/meetings/{id}/proposals",
			"POST /staff/meetings/{id}/decisions = POST /api/v1/meetings/{id}/decisions",
			"POST /staff/meetings/{id}/held = POST /api/v1/meetings/{id}/held",
			"POST /staff/meetings/{id}/sign = POST /api/v1/meetings/{id}/sign",
			"POST /staff/meetings/{id}/cancel = POST /api/v1/meetings/{id}/cancel",
			"POST /staff/meetings/{id}/co-chairs = POST /api/v1/meetings/{id}/co-chairs",
			"POST /staff/meetings/{id}/audience = POST /api/v1/meetings/{id}/audience",
			"POST /staff/meetings/decisions/{id}/follow-up = POST /api/v1/decisions/{id}/follow-ups",
			"POST /staff/meetings/decisions/{id}/complete = POST /api/v1/decisions/{id}/complete",
			"GET /staff/proposals/{id} = GET /api/v1/proposals/{id}",
			"POST /staff/proposals/{id}/review = POST /api/v1/proposals/{id}/review",
			"POST /staff/proposals/{id}/answer = POST /api/v1/proposals/{id}/accept",
			"POST /staff/proposals/{id}/answer = POST /api/v1/proposals/{id}/reject",
			"POST /staff/proposals/{id}/implemented = POST /api/v1/proposals/{id}/implemented",
			"POST /staff/proposals/{id}/roadmap-item = POST /api/v1/proposals/{id}/roadmap-item",
			"POST /staff/control/visits = POST /api/v1/control/visits",
			"GET /staff/control/visits/{id} = GET /api/v1/control/visits/{id}",
			"POST /staff/control/visits/{id}/recommendations = POST /api/v1/control/visits/{id}/recommendations",
			"POST /staff/control/recommendations/{id}/report = POST /api/v1/control/recommendations/{id}/report",
			"POST /staff/control/recommendations/{id}/confirm = POST /api/v1/control/recommendations/{id}/confirm",
			"POST /staff/control/recommendations/{id}/return = POST /api/v1/control/recommendations/{id}/return",
			"POST /staff/roadmaps/{id}/items = POST /api/v1/roadmaps/{id}/items",
			"POST /staff/roadmaps/{id}/items/{itemId} = PUT /api/v1/roadmaps/{id}/items/{itemId}",
			"POST /staff/roadmaps/{id}/items/{itemId}/delete = DELETE /api/v1/roadmaps/{id}/items/{itemId}",
			"POST /staff/roadmaps/{id}/items/{itemId}/indicators = POST /api/v1/roadmaps/{id}/items/{itemId}/indicators",
			"POST /staff/roadmaps/{id}/items/{itemId}/indicators/{indicatorId}/targets = PUT /api/v1/roadmaps/{id}/items/{itemId}/indicators/{indicatorId}/targets/{year}",
			"POST /staff/org/units = POST /api/v1/org-units",
			"POST /staff/org/units/{id} = PUT /api/v1/org-units/{id}",
			"POST /staff/org/units/{id}/positions = POST /api/v1/org-units/{id}/positions",
			"POST /staff/org/positions/{positionId}/end = POST /api/v1/positions/{positionId}/end",
			"POST /staff/org/people = POST /api/v1/people",
			"POST /staff/org/people/{id} = PUT /api/v1/people/{id}");

	/**
	 * Form fields sent with every page write (a row's own query parameters win): plausible values for the fields of
	 * all forms, so that a request passes binding and reaches the authorization check of the code behind it.
	 */
	static final String FORM_DEFAULTS = String.join("&", "personId={participantA}", "speakerId={personA}",
			"agendaNumber={agendaA}", "orgUnitId={deptA}", "councilId={miras}", "commissionId={controlA}",
			"executorId={deptA}", "executorIds={deptA}", "dueDate=2030-06-30", "text=Matrix", "textKk=Мәтін",
			"textRu=Текст", "textEn=Text", "titleKk=Тақырып", "titleRu=Тема", "titleEn=Title", "summaryKk=Түйін",
			"summaryRu=Итог", "comment=Matrix", "reason=Matrix", "note=Matrix", "answer=Matrix", "verdict=accept",
			"roadmapItemId={itemA}", "itemIds={itemA}", "year=2024", "firstMonth=11", "lastMonth=11",
			"plannedYear=2026", "nameKk=Атау", "nameRu=Название", "nameEn=Name", "heldOn=2024-11-05", "venue=Зал",
			"participants=5", "audience=GENERAL", "stage=DESIGN", "percent=10", "changedOn=2024-11-05",
			"unit=EVENTS", "aggregation=SUM", "planned=5", "role=REPORTER", "enabled=false",
			"password=Matrix-Pass-2030!", "back=/staff/control", "signedOn=2030-03-02", "endDate=2030-01-01",
			"token=matrix", "number=99", "date=2030-03-01", "time=10:00", "duration=60", "format=IN_PERSON",
			"place=Зал", "completionForm=REPORT", "taskId={taskA}", "directionId={directionA}",
			"deadlineKind=ANNUALLY", "deadlineEndYear=2027", "leadExecutorId={deptA}", "kind=COUNCIL",
			"parentId={branchA}", "code=matrix-new", "fullNameKk=Аты", "fullNameRu=Имя", "fullNameEn=Name",
			"post=MEMBER", "username=matrix-new", "displayName=Matrix", "visitedOn=2024-11-01", "siteKk=Орын",
			"siteRu=Место", "findingsKk=Қорытынды", "findingsRu=Выводы", "branchId={branchA}", "leadKk=Лид",
			"bodyKk=Мәтін", "otherGuests=0", "ownerKind=REPORT", "ownerId={draftReportA}", "narrativeKk=Есеп",
			"addresseeId={miras}", "name=Азамат", "contact=none", "body=Жақсы", "item={itemA}", "figure=20",
			"startDate=2024-01-01");

	/** The JSON body of every API write: the fields of all request records (unknown ones are ignored). */
	static final String BODY_DEFAULTS = """
			{"version": {version}, "councilId": {miras}, "number": 99, "startsAt": "2030-03-01T10:00:00",
			 "durationMinutes": 60, "format": "IN_PERSON", "place": "Зал", "titleKk": "Тақырып", "titleRu": "Тема",
			 "titleEn": "Title", "personId": {participantA}, "attendance": {}, "otherGuests": 0,
			 "signedOn": "2030-03-02", "text": "Matrix", "textKk": "Мәтін", "textRu": "Текст", "textEn": "Text",
			 "dueDate": "2030-06-30", "executorIds": [{deptA}], "agendaNumber": {agendaA}, "speakerId": {personA},
			 "summaryKk": "Түйін", "summaryRu": "Итог", "roadmapItemIds": [{itemA}], "orgUnitId": {deptA},
			 "commissionId": {controlA}, "visit": {"visitedOn": "2024-11-01", "siteKk": "Орын", "siteRu": "Место",
			 "findingsKk": "Қорытынды", "findingsRu": "Выводы", "memberIds": []}, "executorId": {deptA},
			 "comment": "Matrix", "answer": "Matrix", "reason": "Matrix", "note": "Matrix", "roadmapItemId": {itemA},
			 "year": 2024, "firstMonth": 11, "lastMonth": 11, "values": [], "narrativeKk": "Есеп",
			 "heldOn": "2024-11-05", "venue": "Зал", "participants": 5, "audience": "GENERAL", "partnerIds": [],
			 "name": {"kk": "Атау", "ru": "Название", "en": "Name"}, "completionForm": "REPORT", "taskId": {taskA},
			 "directionId": {directionA}, "deadlineKind": "ANNUALLY", "deadlineEndYear": 2027,
			 "leadExecutorId": {deptA}, "coExecutorIds": [], "unit": "EVENTS", "aggregation": "SUM", "planned": 5,
			 "kind": "COUNCIL", "parentId": {branchA}, "code": "matrix-new",
			 "fullName": {"kk": "Аты", "ru": "Имя", "en": "Name"}, "post": "MEMBER", "startDate": "2024-01-01",
			 "endDate": "2030-01-01", "language": "KK"}""";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private static String resolve(Row row, Map<String, Object> ids) {
		String sample = row.sample() != null ? row.sample() : row.pattern();
		try {
			return fill(sample, ids);
		}
		catch (IllegalStateException e) {
			throw new IllegalStateException("line " + row.line() + ": " + e.getMessage());
		}
	}

	private static String fill(String sample, Map<String, Object> ids) {
		Matcher m = PLACEHOLDER.matcher(sample);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Object id = ids.get(m.group(1));
			if (id == null) {
				throw new IllegalStateException("no fixture named {" + m.group(1)
						+ "} (have " + new TreeSet<>(ids.keySet()) + ")");
			}
			m.appendReplacement(out, String.valueOf(id));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** Every pattern × method of every request-mapping handler mapping (controllers and actuator). */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> patterns = info.getPathPatternsCondition() != null
						? info.getPathPatternsCondition().getPatternValues() : info.getPatternValues();
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : patterns) {
					for (String method : methods) {
						endpoints.add(method + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

	/** Each operation of /v3/api-docs as "METHOD pattern", the pattern in Spring's notation without regexes. */
	private Set<String> openApiOperations() throws Exception {
		String doc = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse()
			.getContentAsString();
		JsonNode paths = json.readTree(doc).get("paths");
		Set<String> operations = new TreeSet<>();
		Set<String> mvcPatterns = new LinkedHashSet<>();
		endpoints().forEach(e -> mvcPatterns.add(e));
		for (var entry : paths.properties()) {
			for (var op : entry.getValue().properties()) {
				String method = op.getKey().toUpperCase();
				if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					operations.add(method + " " + springPattern(entry.getKey(), method, mvcPatterns));
				}
			}
		}
		assertThat(operations).as("the OpenAPI document lists the API").isNotEmpty();
		return operations;
	}

	/** The MVC pattern an OpenAPI path stands for ({id} there may be {id:\d+} in the mapping). */
	private static String springPattern(String openApiPath, String method, Set<String> mvcPatterns) {
		for (String endpoint : mvcPatterns) {
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			if (endpoint.startsWith(method + " ") && pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}").equals(openApiPath)) {
				return pattern;
			}
		}
		return openApiPath;
	}

	private static List<Row> readTable() throws Exception {
		List<Row> rows = new ArrayList<>();
		try (var in = AuthorizationMatrixTest.class.getResourceAsStream(TABLE)) {
			assertThat(in).as(TABLE).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				String trimmed = text.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String body = null;
				int bodyAt = trimmed.indexOf(" body=");
				if (bodyAt >= 0) {
					body = trimmed.substring(bodyAt + 6).strip();
					trimmed = trimmed.substring(0, bodyAt).strip();
				}
				String[] cells = trimmed.split("\\s+");
				int actors = Actor.values().length;
				if (cells.length < 2 + actors || cells.length > 4 + actors) {
					throw new IllegalStateException(TABLE + " line " + number + ": expected METHOD PATTERN "
							+ actors + " outcomes [SAMPLE] [file=NAME] [body=JSON]: " + text);
				}
				Map<Actor, Outcome> expected = new EnumMap<>(Actor.class);
				for (Actor actor : Actor.values()) {
					expected.put(actor, Outcome.of(cells[2 + actor.ordinal()]));
				}
				String sample = null;
				String file = null;
				for (int i = 2 + actors; i < cells.length; i++) {
					if (cells[i].startsWith("file=")) {
						file = cells[i].substring(5);
					}
					else {
						sample = cells[i];
					}
				}
				if (sample == null && cells[1].contains("{")) {
					throw new IllegalStateException(TABLE + " line " + number + ": a pattern with variables needs a "
							+ "sample path naming fixtures, e.g. /staff/reporting/reports/{report}");
				}
				rows.add(new Row(number, cells[0], cells[1], expected, sample, body, file));
			}
		}
		return rows;
	}
}
