package kz.kenes.publication.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Share links of a page for Telegram, WhatsApp, Facebook and X (plain links: no third-party script is loaded). */
record ShareLinks(String url, String telegram, String whatsapp, String facebook, String x) {

	static ShareLinks of(String url, String title) {
		String u = encode(url);
		String t = encode(title);
		return new ShareLinks(url, "https://t.me/share/url?url=" + u + "&text=" + t,
				"https://wa.me/?text=" + encode(title + " " + url),
				"https://www.facebook.com/sharer/sharer.php?u=" + u,
				"https://twitter.com/intent/tweet?url=" + u + "&text=" + t);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
