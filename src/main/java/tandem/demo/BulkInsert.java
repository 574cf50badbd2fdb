package tandem.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for one table, inserted in a single statement: one text array per column, unnested and cast to the column's
 * type by PostgreSQL. A thousand single-row inserts would be most of the demo's start-up time.
 */
final class BulkInsert {

	private final String table;

	private final List<String> columns;

	private final List<String> types;

	private final List<@Nullable String[]> rows = new ArrayList<>();

	/** @param columns each column's name and PostgreSQL type, e.g. {@code "id uuid"} */
	BulkInsert(String table, String... columns) {
		this.table = table;
		this.columns = List.of(columns).stream().map(column -> column.split(" ")[0]).toList();
		this.types = List.of(columns).stream().map(column -> column.split(" ")[1]).toList();
	}

	void add(@Nullable Object... values) {
		if (values.length != this.columns.size()) {
			throw new IllegalArgumentException(this.table + " has " + this.columns.size() + " columns");
		}
		@Nullable String[] row = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			row[i] = values[i] == null ? null : values[i].toString();
		}
		this.rows.add(row);
	}

	void execute(JdbcClient jdbc) {
		if (this.rows.isEmpty()) {
			return;
		}
		String arrays = IntStream.range(0, this.columns.size())
			.mapToObj(i -> "cast(:c%d as text[])::%s[]".formatted(i, this.types.get(i)))
			.collect(Collectors.joining(", "));
		JdbcClient.StatementSpec statement = jdbc.sql("insert into %s (%s) select * from unnest(%s)"
			.formatted(this.table, String.join(", ", this.columns), arrays));
		for (int i = 0; i < this.columns.size(); i++) {
			int column = i;
			statement = statement.param("c" + i, this.rows.stream().map(row -> row[column]).toArray(String[]::new));
		}
		int inserted = statement.update();
		if (inserted != this.rows.size()) {
			throw new IllegalStateException(this.table + ": inserted " + inserted + " of " + this.rows.size());
		}
	}

}
