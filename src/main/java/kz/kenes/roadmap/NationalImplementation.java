package kz.kenes.roadmap;

import kz.kenes.i18n.LocalizedText;

/** A regional (or city, district) item that implements a national item, with its roadmap, branch and region. */
public record NationalImplementation(long itemId, String number, LocalizedText name, long roadmapId,
		RoadmapStatus roadmapStatus, long branchId, LocalizedText branchName, long regionId) {
}
