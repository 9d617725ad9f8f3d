package kz.kenes.roadmap;

import kz.kenes.i18n.LocalizedText;

/** What a program says, as entered on the form or in the API; {@code code} may be left empty on creation. */
public record ProgramDetails(String code, LocalizedText name, Long ownerUnitId, Integer firstYear, Integer lastYear,
		ProgramState state) {
}
