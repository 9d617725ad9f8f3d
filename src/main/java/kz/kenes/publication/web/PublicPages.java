package kz.kenes.publication.web;

import java.time.Instant;
import java.util.List;

/** Pages listed in sitemap.xml. */
interface PublicPages {

	record Entry(String path, Instant lastModified) {
	}

	List<Entry> entries();
}
