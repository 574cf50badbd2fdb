package tandem.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentsTest {

	private final PdfDocuments documents = new PdfDocuments(engine());

	@Test
	void rendersTheTemplateWithItsTextAndDrawing() {
		var pdf = this.documents.render("web/pdf-sample",
				Map.of("title", "Minutes of the meeting", "names", List.of("Zoë Ødegård", "Ольга Петрова")));

		assertThat(PdfPages.count(pdf)).isEqualTo(1);
		assertThat(PdfPages.text(pdf)).contains("OFFICIAL-SENSITIVE", "Minutes of the meeting", "Zoë Ødegård",
				"Ольга Петрова");
		assertThat(PdfPages.inkOn(pdf, 0)).isGreaterThan(0.01);
	}

	@Test
	void keepsRightToLeftNamesInTheirScript() {
		var pdf = this.documents.render("web/pdf-sample", Map.of("title", "Names", "names", List.of("فاطمة")));

		assertThat(PdfPages.text(pdf)).containsAnyOf("فاطمة", "ﺔﻤﻃﺎﻓ", "ﻓﺎﻃﻤﺔ");
	}

	@Test
	void escapesWhatTheTemplateIsGiven() {
		var pdf = this.documents.render("web/pdf-sample",
				Map.of("title", "<script>alert(1)</script>", "names", List.of("<b>not bold</b>")));

		assertThat(PdfPages.text(pdf)).contains("<script>alert(1)</script>", "<b>not bold</b>");
	}

	private static SpringTemplateEngine engine() {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
