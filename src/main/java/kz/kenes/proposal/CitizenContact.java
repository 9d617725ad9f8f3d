package kz.kenes.proposal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact a citizen gives, checked and written one way: an e-mail address, a Kazakhstan phone number (+7 and ten
 * digits: «8 701 555 01 99», «+7 (701) 555-01-99», «87015550199» → «+7 701 555 01 99») or a Telegram handle («@aigerim_k»,
 * «t.me/aigerim_k» → «@aigerim_k»). Checked when the proposal is sent, so that forwarding it never fails later.
 */
public record CitizenContact(Kind kind, String value) {

	public enum Kind {
		EMAIL, PHONE, TELEGRAM
	}

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
	/** Telegram usernames: 5–32 letters, digits and underscores, starting with a letter. */
	private static final Pattern TELEGRAM = Pattern
		.compile("(?:@|(?:https?://)?(?:www\\.)?t(?:elegram)?\\.me/)([A-Za-z][A-Za-z0-9_]{4,31})/?");
	private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+\\d\\s()\\-.]+");

	/** The contact in its written form, or empty when it is none of the three. */
	public static Optional<CitizenContact> parse(String raw) {
		if (raw == null || raw.isBlank() || raw.strip().length() > 200) {
			return Optional.empty();
		}
		String text = raw.strip();
		Matcher telegram = TELEGRAM.matcher(text);
		if (telegram.matches()) {
			return Optional.of(new CitizenContact(Kind.TELEGRAM, "@" + telegram.group(1)));
		}
		if (EMAIL.matcher(text).matches()) {
			return Optional.of(new CitizenContact(Kind.EMAIL, text.toLowerCase(Locale.ROOT)));
		}
		if (PHONE_CHARACTERS.matcher(text).matches()) {
			String digits = text.replaceAll("\\D", "");
			// 8 7xx …, +7 7xx … (mobile) and +7 7xxx … (city numbers) all have ten digits after the country code
			if (digits.length() == 11 && (digits.startsWith("7") || digits.startsWith("8"))) {
				digits = digits.substring(1);
			}
			if (digits.length() == 10 && digits.startsWith("7")) {
				return Optional.of(new CitizenContact(Kind.PHONE, "+7 " + digits.substring(0, 3) + " "
						+ digits.substring(3, 6) + " " + digits.substring(6, 8) + " " + digits.substring(8)));
			}
		}
		return Optional.empty();
	}
}
