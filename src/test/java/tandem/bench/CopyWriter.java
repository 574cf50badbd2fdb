package tandem.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Streams rows into tables with PostgreSQL's COPY, in chunks, so that millions of rows load in seconds. Writers are
 * created parent table first; whenever one chunk is full, all are flushed in that order, so a row never reaches the
 * database before the row its foreign key points to. Values are written as CSV; null is an unquoted empty field.
 */
final class CopyWriter implements AutoCloseable {

	private static final int CHUNK_CHARACTERS = 8 * 1024 * 1024;

	private final Connection connection;

	private final List<Table> tables = new ArrayList<>();

	CopyWriter(Connection connection) {
		this.connection = connection;
	}

	/** Adds a table; add parents before the tables that reference them. */
	Table table(String table, String columns) {
		Table writer = new Table("copy " + table + " (" + columns + ") from stdin with (format csv)");
		this.tables.add(writer);
		return writer;
	}

	private void flushAll() throws SQLException, IOException {
		for (Table table : this.tables) {
			table.flush();
		}
	}

	@Override
	public void close() throws SQLException, IOException {
		flushAll();
	}

	final class Table {

		private final String copySql;

		private final StringBuilder buffer = new StringBuilder();

		private long rows;

		private Table(String copySql) {
			this.copySql = copySql;
		}

		Table row(Object... values) throws SQLException, IOException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.buffer.append(',');
				}
				if (values[i] != null) {
					this.buffer.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
				}
			}
			this.buffer.append('\n');
			this.rows++;
			if (this.buffer.length() >= CHUNK_CHARACTERS) {
				flushAll();
			}
			return this;
		}

		long rows() {
			return this.rows;
		}

		private void flush() throws SQLException, IOException {
			if (!this.buffer.isEmpty()) {
				CopyWriter.this.connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn(this.copySql, new StringReader(this.buffer.toString()));
				this.buffer.setLength(0);
			}
		}

	}

}
