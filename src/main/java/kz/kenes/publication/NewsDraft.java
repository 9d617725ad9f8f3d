package kz.kenes.publication;

import kz.kenes.i18n.LocalizedText;

/** A generated news text (title, lead, body) before the secretary edits it. */
public record NewsDraft(LocalizedText title, LocalizedText lead, LocalizedText body) {
}
