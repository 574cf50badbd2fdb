package tandem.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template as a PDF, so a printable document (minutes, a committee report) comes from the same
 * markup as its page. The template is rendered outside any request: it cannot use forms, {@code @{…}} links or the
 * request's security context, and everything it shows must be in {@code variables}, already filtered to what the
 * recipient may see.
 * <p>
 * Text is set in the DejaVu Sans family shipped with Tandem, which covers Latin, Greek, Cyrillic, Arabic and Hebrew;
 * right-to-left names are reordered and shaped. The document's own CSS should use {@link #FONT_FAMILY}. Nothing is
 * fetched over the network while rendering (ADR 0044).
 */
@Component
public class PdfDocuments {

	/** The CSS font family to use in printable templates. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @param template a template name as for a page, e.g. {@code "marac/minutes-print"}
	 * @param variables the template's model
	 * @return the PDF's bytes
	 */
	public byte[] render(String template, Map<String, ?> variables) {
		var html = this.templates.process(template, new Context(Locale.UK, Map.copyOf(variables)));
		return fromHtml(html);
	}

	private static byte[] fromHtml(String html) {
		var document = new W3CDom().fromJsoup(Jsoup.parse(html));
		var pdf = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(document, null);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
		useFont(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		useFont(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		useFont(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		useFont(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be rendered", ex);
		}
		return pdf.toByteArray();
	}

	private static void useFont(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		byte[] font = FONT_FILES.computeIfAbsent(file, PdfDocuments::read);
		builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
	}

	/** Read from the jar once: inflating four fonts of 0.3 to 0.7 MB again for every document was a good part of it. */
	private static byte[] read(String file) {
		try (var font = PdfDocuments.class.getResourceAsStream(FONTS + file)) {
			if (font == null) {
				throw new IllegalStateException("The font " + file + " is missing from the class path");
			}
			return font.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + file + " could not be read", ex);
		}
	}

}
