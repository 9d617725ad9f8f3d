package kz.kenes.organization.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.Language;
import kz.kenes.organization.Appointment;
import kz.kenes.organization.OrgDirectory;
import kz.kenes.organization.OrgLevel;
import kz.kenes.organization.OrgStructure;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnitNames;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.organization.PositionHeld;
import kz.kenes.organization.Post;
import kz.kenes.organization.Person;

/**
 * REST API of the org structure for staff (a login is required; changes need ADMIN, or SECRETARY within the
 * subtree). Updates carry the version that was read: a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "Org units and people")
class OrgApi {

	/** A unit as the API shows it. */
	record OrgUnitView(long id, Long parentId, OrgUnitKind kind, OrgLevel level, String code, LocalizedText name,
			Long regionId, int version) {

		static OrgUnitView of(OrgUnit u) {
			return new OrgUnitView(u.getId(), u.getParentId(), u.getKind(), u.level(), u.getCode(), u.name(),
					u.getRegionId(), u.getVersion());
		}
	}

	/**
	 * Creates or updates a unit; {@code version} is required for an update. {@code level} (REGION, CITY, DISTRICT)
	 * matters for akimats and maslikhats; left out, it follows from the parent.
	 */
	record OrgUnitRequest(Long parentId, @NotNull(message = "{validation.required}") OrgUnitKind kind, OrgLevel level,
			@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}")
			@Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{validation.code}") String code,
			@NotNull(message = "{validation.required}") @Valid Names name, Integer version, LocalDate renamedOn,
			Boolean nameCorrection) {
	}

	record Names(@NotBlank(message = "{validation.required}") @Size(max = 400, message = "{validation.tooLong}") String kk,
			@NotBlank(message = "{validation.required}") @Size(max = 400, message = "{validation.tooLong}") String ru,
			@NotBlank(message = "{validation.required}") @Size(max = 400, message = "{validation.tooLong}") String en) {

		LocalizedText text() {
			return new LocalizedText(kk.strip(), ru.strip(), en.strip());
		}
	}

	record PersonView(long id, String code, LocalizedText fullName, String email, String phone, int version) {

		static PersonView of(Person p) {
			return new PersonView(p.getId(), p.getCode(), p.fullName(), p.getEmail(), p.getPhone(), p.getVersion());
		}
	}

	record PersonRequest(
			@Size(max = 80, message = "{validation.tooLong}")
			@Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{validation.code}") String code,
			@NotNull(message = "{validation.required}") @Valid Names fullName,
			@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
			@Size(max = 50, message = "{validation.tooLong}")
			@Pattern(regexp = "[0-9+()\\- ]*", message = "{validation.phone}") String phone,
			Integer version) {
	}

	private final OrgUnits units;
	private final People people;
	private final OrgStructure structure;
	private final OrgDirectory directory;
	private final OrgUnitNames names;

	OrgApi(OrgUnits units, People people, OrgStructure structure, OrgDirectory directory, OrgUnitNames names) {
		this.names = names;
		this.directory = directory;
		this.units = units;
		this.people = people;
		this.structure = structure;
	}

	@GetMapping("/org-units")
	@Operation(summary = "All org units, or the children of one unit")
	List<OrgUnitView> units(@RequestParam(required = false) Long parentId) {
		return (parentId == null ? units.findAll() : units.findByParentId(parentId)).stream()
			.map(OrgUnitView::of).toList();
	}

	@GetMapping("/org-units/{id}")
	OrgUnitView unit(@PathVariable long id) {
		return OrgUnitView.of(units.findById(id).orElseThrow(() -> new NoSuchElementException("No org unit " + id)));
	}

	@GetMapping("/org-units/{id}/names")
	@Operation(summary = "The names a unit has had, the earliest first, each with its first and last day")
	List<OrgUnitNames.NameSpan> names(@PathVariable long id) {
		unit(id);
		return names.history(id);
	}

	@GetMapping("/org-units/{id}/name")
	@Operation(summary = "The unit's name on a day (AMANAT on 2021-06-01 was Nur Otan)")
	LocalizedText nameOn(@PathVariable long id, @RequestParam LocalDate on) {
		unit(id);
		return names.nameOn(id, on);
	}

	@GetMapping("/org-units/{id}/positions")
	@Operation(summary = "Posts held in a unit, with the people and their dates (ended ones too)")
	List<Appointment> positions(@PathVariable long id, Language language) {
		unit(id);
		return directory.positionsIn(id, language);
	}

	/**
	 * Appoints a person to a post in a unit from a date; {@code title} is the post's own title (required for the
	 * post OTHER, in kk and ru at least), else the official one is composed.
	 */
	record AppointmentRequest(@NotNull(message = "{validation.required}") Long personId,
			@NotNull(message = "{validation.required}") Post post,
			@NotNull(message = "{validation.required}") LocalDate startDate, @Valid Title title) {
	}

	record Title(@Size(max = 300, message = "{validation.tooLong}") String kk,
			@Size(max = 300, message = "{validation.tooLong}") String ru,
			@Size(max = 300, message = "{validation.tooLong}") String en) {

		LocalizedText text() {
			return kk == null || kk.isBlank() ? null
					: new LocalizedText(kk.strip(), ru == null ? null : ru.strip(),
							en == null || en.isBlank() ? kk.strip() : en.strip());
		}
	}

	/** Ends a position on a date; {@code version} as read. */
	record EndRequest(@NotNull(message = "{validation.required}") LocalDate endDate,
			@NotNull(message = "{validation.required}") Integer version) {
	}

	@PostMapping("/org-units/{id}/positions")
	@Operation(summary = "Appoint a person to a post in the unit (ADMIN, or SECRETARY of the unit's subtree)")
	ResponseEntity<Appointment> appoint(@PathVariable long id, @Valid @RequestBody AppointmentRequest request,
			Language language) {
		PositionHeld position = structure.appoint(request.personId(), id, request.post(),
				request.title() == null ? null : request.title().text(), request.startDate());
		return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(appointment(position, language));
	}

	@PostMapping("/positions/{positionId}/end")
	@Operation(summary = "End a position on a date; send the version you read (409 when someone changed it since)")
	Appointment end(@PathVariable long positionId, @Valid @RequestBody EndRequest request, Language language) {
		return appointment(structure.endPosition(positionId, request.version(), request.endDate()), language);
	}

	private Appointment appointment(PositionHeld position, Language language) {
		return directory.positionsIn(position.getOrgUnitId(), language).stream()
			.filter(a -> a.positionId() == position.getId()).findFirst().orElseThrow();
	}

	@PostMapping("/org-units")
	@Operation(summary = "Create an org unit (ADMIN, or SECRETARY of the parent's subtree)")
	ResponseEntity<OrgUnitView> createUnit(@Valid @RequestBody OrgUnitRequest request) {
		OrgUnit unit = structure.addUnit(request.parentId(), request.kind(), request.level(), request.code(),
				request.name().text());
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.getId())).body(OrgUnitView.of(unit));
	}

	@PutMapping("/org-units/{id}")
	@Operation(summary = "Update an org unit; send the version you read (409 when someone changed it since)")
	OrgUnitView updateUnit(@PathVariable long id, @Valid @RequestBody OrgUnitRequest request) {
		return OrgUnitView.of(structure.updateUnit(id, requireVersion(request.version()), request.parentId(),
				request.kind(), request.level(), request.code(), request.name().text(), request.renamedOn(),
				Boolean.TRUE.equals(request.nameCorrection())));
	}

	@GetMapping("/people")
	@Operation(summary = "People, optionally those whose name contains q (at most 500)")
	List<PersonView> people(@RequestParam(defaultValue = "") String q) {
		return people.search(q.strip(), PersonController.LIST_LIMIT).stream().map(PersonView::of).toList();
	}

	@GetMapping("/people/{id}")
	PersonView person(@PathVariable long id) {
		return PersonView.of(people.findById(id).orElseThrow(() -> new NoSuchElementException("No person " + id)));
	}

	@PostMapping("/people")
	@Operation(summary = "Create a person (ADMIN or SECRETARY)")
	ResponseEntity<PersonView> createPerson(@Valid @RequestBody PersonRequest request) {
		Person person = structure.addPerson(request.code(), request.fullName().text(), request.email(),
				request.phone());
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.getId())).body(PersonView.of(person));
	}

	@PutMapping("/people/{id}")
	@Operation(summary = "Update a person; send the version you read (409 when someone changed it since)")
	PersonView updatePerson(@PathVariable long id, @Valid @RequestBody PersonRequest request) {
		return PersonView.of(structure.updatePerson(id, requireVersion(request.version()), request.fullName().text(),
				request.email(), request.phone()));
	}

	private static int requireVersion(Integer version) {
		if (version == null) {
			throw new IllegalArgumentException("version is required for an update");
		}
		return version;
	}
}
