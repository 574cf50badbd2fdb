package tandem.bench.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, with every field trimmed (the FEBRL files put a space after each comma). */
final class Csv {

	private Csv() {
	}

	/** Rows including the header; quoted fields may hold commas, quotes and line breaks. */
	static List<List<String>> read(Path file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean any = false;
			for (int c = in.read(); c != -1; c = in.read()) {
				any = true;
				if (quoted) {
					if (c == '"') {
						in.mark(1);
						if (in.read() == '"') {
							field.append('"');
						}
						else {
							in.reset();
							quoted = false;
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString().strip());
					field.setLength(0);
				}
				else if (c == '\n') {
					row.add(field.toString().strip());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
					any = false;
				}
				else if (c != '\r') {
					field.append((char) c);
				}
			}
			if (any) {
				row.add(field.toString().strip());
				rows.add(row);
			}
		}
		return rows;
	}

}
