package tandem.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a test needs to know of a PDF: how many pages, its text, and whether a page has anything drawn on it once
 * rendered as an image (a PDF can be valid and still blank).
 */
public final class PdfPages {

	private static final int WHITE = 0xFFFFFF;

	private PdfPages() {
	}

	public static int count(byte[] pdf) {
		try (var document = load(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(byte[] pdf) {
		try (var document = load(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The share of a page's pixels, rendered at 72 dpi, that are not white: 0 for a blank page. */
	public static double inkOn(byte[] pdf, int pageIndex) {
		try (var document = load(pdf)) {
			var image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 72);
			return inked(image) / (double) (image.getWidth() * image.getHeight());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long inked(BufferedImage image) {
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & WHITE) != WHITE) {
					inked++;
				}
			}
		}
		return inked;
	}

	private static PDDocument load(byte[] pdf) throws IOException {
		return Loader.loadPDF(pdf);
	}

}
