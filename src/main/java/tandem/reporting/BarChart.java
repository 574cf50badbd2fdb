package tandem.reporting;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A bar chart as SVG, drawn on the server: solid black bars on white with the value written above each bar and the
 * span below, so it reads the same printed in black and white, and a text alternative listing every value. A hidden
 * (suppressed) value has no bar, only its marker.
 */
final class BarChart {

	private static final int MIN_WIDTH = 640;

	private static final int SLOT = 60;

	private static final int HEIGHT = 260;

	private static final int TOP = 28;

	private static final int BOTTOM = 56;

	private static final int LEFT = 16;

	/** One bar: its label, its height (null when hidden or not known) and the words written on it. */
	record Bar(String label, @Nullable Double value, String text) {
	}

	private BarChart() {
	}

	/** @param id unique on the page: the SVG's title and description are referred to by it */
	static String svg(String id, String title, List<Bar> bars) {
		double max = bars.stream().map(Bar::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
		double scale = max <= 0 ? 0 : (HEIGHT - TOP - BOTTOM) / max;
		int width = Math.max(MIN_WIDTH, LEFT * 2 + SLOT * bars.size());
		int slot = bars.isEmpty() ? width : (width - LEFT * 2) / bars.size();
		int barWidth = Math.max(8, (int) (slot * 0.6));
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.UK, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tandem-chart\" "
				+ "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
				width, HEIGHT, width, HEIGHT, id, id));
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(bars))).append("</desc>");
		svg.append(String.format(Locale.UK, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>", width,
				HEIGHT));
		int baseline = HEIGHT - BOTTOM;
		svg.append(String.format(Locale.UK,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", LEFT, baseline,
				width - LEFT, baseline));
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int centre = LEFT + slot * i + slot / 2;
			int height = bar.value() == null ? 0 : (int) Math.round(bar.value() * scale);
			if (height > 0) {
				svg.append(String.format(Locale.UK,
						"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#0b0c0c\"/>", centre - barWidth / 2,
						baseline - height, barWidth, height));
			}
			svg.append(text(centre, baseline - height - 6, bar.text(), "14"));
			// "Apr–Jun 2026" on two lines, so twenty quarters fit side by side.
			int space = bar.label().lastIndexOf(' ');
			svg.append(text(centre, baseline + 20, space < 0 ? bar.label() : bar.label().substring(0, space), "12"));
			if (space >= 0) {
				svg.append(text(centre, baseline + 36, bar.label().substring(space + 1), "12"));
			}
		}
		return svg.append("</svg>").toString();
	}

	private static String text(int x, int y, String words, String size) {
		return String.format(Locale.UK, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\" "
				+ "font-size=\"%s\" fill=\"#0b0c0c\">%s</text>", x, y, size, escape(words));
	}

	private static String description(List<Bar> bars) {
		StringBuilder words = new StringBuilder();
		for (Bar bar : bars) {
			words.append(bar.label()).append(": ").append(bar.text()).append(". ");
		}
		return words.toString().trim();
	}

	/**
	 * The chart of one row of a published table, one bar per span (the total column left out). Values come from the
	 * published words, so a suppressed value can never be drawn.
	 */
	static String of(String id, PublishedTable table, int row) {
		List<String> spans = table.headers().subList(1, table.headers().size());
		PublishedTable.Row values = table.rows().get(row);
		List<Bar> bars = new java.util.ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			if (!"Total".equals(spans.get(i))) {
				String text = values.values().get(i);
				bars.add(new Bar(spans.get(i), number(text), text));
			}
		}
		boolean oneRowOfMany = !values.total() && table.rows().size() > 1;
		return svg(id, table.caption() + (oneRowOfMany ? ": " + values.label() : ""), bars);
	}

	private static @Nullable Double number(String text) {
		try {
			return Double.valueOf(text.replace(",", ""));
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
