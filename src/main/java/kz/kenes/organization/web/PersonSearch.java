package kz.kenes.organization.web;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.organization.People;
import kz.kenes.organization.Person;

/** People matching a typed text, at most a page of them, in the alphabetical order of the language. */
@Component
class PersonSearch {

	private final People people;

	PersonSearch(People people) {
		this.people = people;
	}

	List<Person> matching(String text, int limit, Language language) {
		return people.search(text == null ? "" : text.strip(), limit).stream()
			.sorted(KazakhCollation.by((Person p) -> p.fullName(language), language)).toList();
	}
}
