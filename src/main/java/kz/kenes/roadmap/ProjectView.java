package kz.kenes.roadmap;

import kz.kenes.i18n.LocalizedText;

/** A party project as pages and the API show it. */
public record ProjectView(long id, String code, LocalizedText name, int version) {

	static ProjectView of(PartyProject p) {
		return new ProjectView(p.getId(), p.getCode(), p.name(), p.getVersion());
	}
}
