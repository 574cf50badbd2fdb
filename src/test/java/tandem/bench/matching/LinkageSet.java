package tandem.bench.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tandem.matching.PersonRecord;

/**
 * A person CSV (one file or several pooled) with its column mapping: which column holds the given name, family name,
 * date of birth (one column with {@code dob.format}, or {@code dob.year}/{@code dob.month}/{@code dob.day}), sex,
 * address (several columns joined), postcode, e-mail, and the true entity ({@code entity}, optionally through
 * {@code entity.pattern}, a regular expression whose group 1 is the entity, or from {@code entity.file}, read row by
 * row). {@code missing} lists values that mean "not known".
 *
 * @param entities the true entity of each record, index by index
 */
record LinkageSet(String name, List<PersonRecord> records, String[] entities) {

	static Properties mapping(String name) throws IOException {
		Properties mapping = new Properties();
		try (InputStream in = LinkageSet.class.getResourceAsStream(name + ".properties")) {
			if (in == null) {
				throw new IllegalArgumentException("No mapping for the set " + name);
			}
			mapping.load(in);
		}
		return mapping;
	}

	static Properties mapping(Path file) throws IOException {
		Properties mapping = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			mapping.load(in);
		}
		return mapping;
	}

	static LinkageSet load(String name, Properties mapping, Path dataDirectory) throws IOException {
		Set<String> missing = Set.of(mapping.getProperty("missing", "").split(","));
		List<PersonRecord> records = new ArrayList<>();
		List<String> entities = new ArrayList<>();
		for (String file : mapping.getProperty("files").split(",")) {
			List<List<String>> rows = Csv.read(dataDirectory.resolve(file.strip()));
			Columns columns = new Columns(rows.getFirst(), missing);
			for (List<String> row : rows.subList(1, rows.size())) {
				records.add(columns.record(mapping, row, file + ":" + records.size()));
				if (!mapping.containsKey("entity.file")) {
					entities.add(entity(mapping, columns.value(row, mapping.getProperty("entity"))));
				}
			}
		}
		if (mapping.containsKey("entity.file")) {
			List<List<String>> rows = Csv.read(dataDirectory.resolve(mapping.getProperty("entity.file")));
			Columns columns = new Columns(rows.getFirst(), missing);
			rows.subList(1, rows.size()).forEach(row -> entities.add(columns.value(row, mapping.getProperty("entity"))));
		}
		if (entities.size() != records.size()) {
			throw new IllegalStateException(name + ": " + records.size() + " records but " + entities.size() + " entities");
		}
		return new LinkageSet(name, records, entities.toArray(String[]::new));
	}

	private static String entity(Properties mapping, String value) {
		String pattern = mapping.getProperty("entity.pattern");
		if (pattern == null) {
			return value;
		}
		Matcher m = Pattern.compile(pattern).matcher(value);
		if (!m.find()) {
			throw new IllegalArgumentException("Entity pattern does not match " + value);
		}
		return m.group(1);
	}

	/** Column names to positions for one file. */
	private record Columns(Map<String, Integer> positions, Set<String> missing) {

		Columns(List<String> header, Set<String> missing) {
			this(positions(header), missing);
		}

		private static Map<String, Integer> positions(List<String> header) {
			Map<String, Integer> positions = new java.util.HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				positions.put(header.get(i), i);
			}
			return positions;
		}

		String value(List<String> row, String column) {
			if (column == null) {
				return null;
			}
			Integer at = this.positions.get(column.strip());
			if (at == null) {
				throw new IllegalArgumentException("No column " + column + " in " + this.positions.keySet());
			}
			String value = at < row.size() ? row.get(at) : "";
			return value.isEmpty() || this.missing.contains(value) ? null : value;
		}

		String joined(List<String> row, String columns) {
			if (columns == null) {
				return null;
			}
			String joined = String.join(" ", Arrays.stream(columns.split(","))
				.map(c -> value(row, c))
				.filter(v -> v != null)
				.toList());
			return joined.isEmpty() ? null : joined;
		}

		PersonRecord record(Properties m, List<String> row, String id) {
			Integer[] born = birthDate(m, row);
			return new PersonRecord(id,
					List.of(new PersonRecord.Name(value(row, m.getProperty("given")), value(row, m.getProperty("family")))),
					born[0], born[1], born[2], value(row, m.getProperty("sex")), joined(row, m.getProperty("address")),
					value(row, m.getProperty("postcode")), value(row, m.getProperty("email")));
		}

		private Integer[] birthDate(Properties m, List<String> row) {
			if (m.containsKey("dob.year")) {
				return new Integer[] { number(value(row, m.getProperty("dob.year"))),
						number(value(row, m.getProperty("dob.month"))), number(value(row, m.getProperty("dob.day"))) };
			}
			String dob = value(row, m.getProperty("dob"));
			String format = m.getProperty("dob.format", "yyyy-MM-dd");
			if (dob == null || dob.length() != format.length()) {
				return new Integer[3];
			}
			return new Integer[] { part(dob, format, "yyyy"), part(dob, format, "MM"), part(dob, format, "dd") };
		}

		private static Integer part(String value, String format, String part) {
			int at = format.indexOf(part);
			return number(value.substring(at, at + part.length()));
		}

		private static Integer number(String value) {
			try {
				return value == null ? null : Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

}
