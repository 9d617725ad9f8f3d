package kz.kenes.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.OfficialDates;
import kz.kenes.meeting.MeetingRecord.AgendaEntry;
import kz.kenes.meeting.MeetingRecord.Attendee;
import kz.kenes.meeting.MeetingRecord.PersonRef;
import kz.kenes.meeting.MeetingRecord.Report;
import kz.kenes.proposal.ProposalView;

/**
 * The protocol (хаттама / протокол) of a meeting in Kazakh or Russian, as DOCX (Apache POI) and PDF (rendered from the
 * {@code meeting/protocol-pdf} template with DejaVu Sans embedded, which covers Ә Ғ Қ Ң Ө Ұ Ү Һ І and ₸).
 */
@Component
public class ProtocolDocuments {

	private static final Logger log = LoggerFactory.getLogger(ProtocolDocuments.class);

	static final String FONT = "DejaVu Sans";

	/** Due dates as protocols write them: 16.12.2024. */
	private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MessageSource messages;
	private final ITemplateEngine templates;

	ProtocolDocuments(MessageSource messages, ITemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	/** Protocols are official documents: Kazakh or Russian (English falls back to Kazakh). */
	public static Language documentLanguage(Language language) {
		return language == Language.RU ? Language.RU : Language.KK;
	}

	public String fileName(MeetingRecord record, Language language, String extension) {
		return "protocol-" + record.council().code() + "-" + record.date() + "-" + record.number() + "-"
				+ documentLanguage(language).code() + "." + extension;
	}

	public byte[] pdf(MeetingRecord record, Language language) {
		Language lang = documentLanguage(language);
		Context context = new Context(lang.locale());
		context.setVariable("m", record);
		context.setVariable("lang", lang);
		context.setVariable("dateText", OfficialDates.format(record.date(), lang));
		context.setVariable("signedText",
				record.protocolSignedOn() == null ? null : OfficialDates.format(record.protocolSignedOn(), lang));
		context.setVariable("doc", this);
		return render(templates.process("meeting/protocol-pdf", context));
	}

	/**
	 * Right after start, a line in both weights of the font is rendered once on a background thread: the first
	 * protocol after a restart would otherwise wait for the renderer, PDFBox and the fonts to load (about 0.8 s on
	 * 2 cores, against 0.2 s for the next ones).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUpRenderer() {
		Thread thread = new Thread(() -> {
			try {
				warmUp();
			}
			catch (RuntimeException e) {
				log.warn("The PDF renderer did not warm up; the first protocol will be slower", e);
			}
		}, "pdf-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	byte[] warmUp() {
		return render("<html><body style=\"font-family: '" + FONT + "'\"><p>Хаттама <b>Протокол</b></p></body></html>");
	}

	private static byte[] render(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// names and places may be written right to left (Arabic, Hebrew): reorder and shape them
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public byte[] docx(MeetingRecord record, Language language) {
		Language lang = documentLanguage(language);
		Locale locale = lang.locale();
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			centered(doc, record.council().name().in(lang).toUpperCase(locale), true);
			if (record.branch() != null && record.branch().id() != record.council().id()) {
				centered(doc, record.branch().name().in(lang), false);
			}
			centered(doc, record.protocolTitle(lang), true);
			para(doc, msg("meeting.protocol.kind", locale) + ": " + kindName(record, locale));
			if (showsHost(record)) {
				para(doc, msg("meeting.protocol.host", locale) + ": " + record.host().name().in(lang));
			}
			para(doc, msg("meeting.protocol.when", locale) + ": " + OfficialDates.format(record.date(), lang) + ", "
					+ record.startsAt().toLocalTime());
			para(doc, msg("meeting.protocol.place", locale) + ": " + place(record, locale));
			if (record.chair() != null) {
				para(doc, msg("meeting.protocol.chair", locale) + ": " + person(record.chair(), lang));
			}
			if (!coChairs(record).isEmpty()) {
				para(doc, msg("meeting.protocol.coChairs", locale) + ": " + String.join("; ",
						coChairs(record).stream().map(c -> person(c, lang)).toList()));
			}
			if (record.secretary() != null) {
				para(doc, msg("meeting.protocol.secretary", locale) + ": " + person(record.secretary(), lang));
			}
			if (!record.present().isEmpty()) {
				heading(doc, msg("meeting.protocol.present", locale));
			}
			int i = 1;
			for (Attendee a : record.present()) {
				para(doc, (i++) + ". " + person(a.person(), lang));
			}
			if (!record.audience().isEmpty()) {
				para(doc, audience(record, lang));
			}
			if (record.otherGuests() > 0) {
				para(doc, msg("meeting.protocol.otherGuests", new Object[] { record.otherGuests() }, locale));
			}
			heading(doc, msg("meeting.protocol.agenda", locale));
			for (AgendaEntry item : record.agenda()) {
				para(doc, item.number() + ". " + agendaLine(item, lang, locale));
			}
			for (AgendaEntry item : record.agenda()) {
				heading(doc, item.number() + ". " + item.title().in(lang));
				for (Report report : record.reports()) {
					if (report.agendaNumber() != item.number()) {
						continue;
					}
					XWPFParagraph heard = doc.createParagraph();
					XWPFRun label = heard.createRun();
					label.setBold(true);
					label.setFontFamily("Times New Roman");
					label.setFontSize(12);
					label.setText(msg("meeting.protocol.heard", locale) + ": " + person(report.speaker(), lang));
					para(doc, report.summary().in(lang));
					if (!report.figures().isEmpty()) {
						figuresTable(doc, report, lang, locale);
					}
				}
			}
			List<ProposalView> proposals = record.proposals();
			if (!proposals.isEmpty()) {
				heading(doc, msg("meeting.protocol.proposals", locale));
				i = 1;
				for (ProposalView p : proposals) {
					para(doc, (i++) + ". " + p.text() + proposer(p, lang) + " — "
							+ msg("proposal.status." + p.status(), locale));
				}
			}
			heading(doc, msg("meeting.protocol.decided", locale));
			for (DecisionView d : record.decisions()) {
				para(doc, d.number() + ". " + d.text().in(lang));
				para(doc, "    " + msg("meeting.protocol.executors", locale) + ": " + executors(d, lang) + ". "
						+ msg("meeting.protocol.due", locale) + ": " + DUE.format(d.dueDate()) + ".");
			}
			para(doc, "");
			if (record.chair() != null) {
				para(doc, msg("meeting.protocol.signChair", locale) + " ____________ " + record.chair().name().in(lang));
			}
			for (PersonRef coChair : coChairs(record)) {
				para(doc, msg("meeting.protocol.signCoChair", locale) + " ____________ " + coChair.name().in(lang));
			}
			if (record.secretary() != null) {
				para(doc, msg("meeting.protocol.signSecretary", locale) + " ____________ "
						+ record.secretary().name().in(lang));
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// Helpers also used by the PDF template (as ${doc.…}).

	public String person(PersonRef person, Language lang) {
		return person.position() == null ? person.name().in(lang)
				: person.name().in(lang) + " — " + person.position().in(lang);
	}

	public String agendaLine(AgendaEntry item, Language lang, Locale locale) {
		StringBuilder line = new StringBuilder(item.title().in(lang));
		if (item.program() != null) {
			line.append(" (").append(item.program().in(lang)).append(")");
		}
		if (!item.directions().isEmpty()) {
			line.append("; ").append(msg("meeting.agenda.directions", locale)).append(": ")
				.append(String.join(", ", item.directions().stream().map(d -> d.in(lang)).toList()));
		}
		if (item.periodYear() != null) {
			line.append("; ").append(msg("meeting.agenda.period", locale)).append(": ").append(item.period(lang));
		}
		return line.toString();
	}

	public String executors(DecisionView decision, Language lang) {
		return String.join(", ", decision.executors().stream().map(e -> e.name().in(lang)).toList());
	}

	public String proposer(ProposalView proposal, Language lang) {
		return proposal.raisedBy() == null ? "" : " (" + proposal.raisedBy().in(lang) + ")";
	}

	/** «Зал (аралас, Zoom)», «онлайн, Zoom», «Зал (бетпе-бет)». */
	public String place(MeetingRecord record, Locale locale) {
		String format = msg("meeting.format." + record.format(), locale)
				+ (record.onlinePlatform() == null ? "" : ", " + record.onlinePlatform());
		return record.place() == null ? format : record.place() + " (" + format + ")";
	}

	/** «Тұрғындармен кездесу» / «Встреча с жителями». */
	public String kindName(MeetingRecord record, Locale locale) {
		return msg("meeting.kind." + record.kind(), locale);
	}

	/** The heading names the host; a line repeats it for events other than a council's own meeting. */
	public boolean showsHost(MeetingRecord record) {
		return record.kind() != EventKind.COUNCIL_MEETING;
	}

	/** The chairs after the chair of the details (all of them when there is none). */
	public List<PersonRef> coChairs(MeetingRecord record) {
		return record.chair() == null ? record.chairs()
				: record.chairs().stream().filter(c -> c.id() != record.chair().id()).toList();
	}

	/** «Сондай-ақ қатысты: тұрғындар — 200, журналистер — 5.» / «Также присутствовали: жители — 200, …». */
	public String audience(MeetingRecord record, Language lang) {
		Locale locale = lang.locale();
		return msg("meeting.protocol.audience", new Object[] { String.join(", ", record.audience().stream()
			.map(g -> msg("meeting.audience." + g.kind(), locale) + " — " + g.count()).toList()) }, locale);
	}

	public String number(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	public String unit(String unit, Locale locale) {
		return unit == null ? "" : messages.getMessage("meeting.unit." + unit, null, unit, locale);
	}

	public String status(String status, Locale locale) {
		return status == null ? "—" : messages.getMessage("meeting.figure.status." + status, null, status, locale);
	}

	private void figuresTable(XWPFDocument doc, Report report, Language lang, Locale locale) {
		para(doc, msg("meeting.protocol.figuresHeard", new Object[] { OfficialDates.format(report.figuresAsOf(), lang) },
				locale));
		XWPFTable table = doc.createTable(report.figures().size() + 1, 6);
		table.setWidth("100%");
		String[] head = { msg("meeting.figure.item", locale), msg("meeting.figure.indicator", locale),
				msg("meeting.figure.year", locale), msg("meeting.figure.planned", locale),
				msg("meeting.figure.actual", locale), msg("meeting.figure.status", locale) };
		fill(table.getRow(0), head, true);
		int r = 1;
		for (HeardFigure f : report.figures()) {
			String item = (f.itemNumber() == null ? "" : f.itemNumber() + ". ") + f.itemName().in(lang);
			String indicator = f.indicatorName() == null ? "" : f.indicatorName().in(lang);
			fill(table.getRow(r++), new String[] { item, indicator + " (" + unit(f.unit(), locale) + ")",
					String.valueOf(f.year()), number(f.planned()), number(f.actual()), status(f.status(), locale) },
					false);
		}
	}

	private static void fill(XWPFTableRow row, String[] cells, boolean bold) {
		for (int i = 0; i < cells.length; i++) {
			XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
			XWPFRun run = p.createRun();
			run.setFontFamily("Times New Roman");
			run.setFontSize(10);
			run.setBold(bold);
			run.setText(cells[i]);
		}
	}

	private static void centered(XWPFDocument doc, String text, boolean bold) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = p.createRun();
		run.setBold(bold);
		run.setFontFamily("Times New Roman");
		run.setFontSize(14);
		run.setText(text);
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBefore(200);
		XWPFRun run = p.createRun();
		run.setBold(true);
		run.setFontFamily("Times New Roman");
		run.setFontSize(13);
		run.setText(text);
	}

	private static void para(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(12);
		run.setText(text);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String msg(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, locale);
	}

	private static java.io.InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
