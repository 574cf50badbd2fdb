package tandem.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts, always looked up together with their author: no query here can reach someone else's draft. */
@Repository
class Drafts {

	private static final TypeReference<TreeMap<String, String>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Drafts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, UUID authorId, Map<String, String> answers, Instant at) {
		this.jdbc.sql("""
				insert into referral_draft (id, author_id, created_at, updated_at, version, answers)
				values (:id, :author, :at, :at, 0, cast(:answers as jsonb))
				""")
			.param("id", id).param("author", authorId).param("at", Timestamp.from(at))
			.param("answers", this.json.writeValueAsString(answers))
			.update();
	}

	Optional<Draft> find(UUID id, UUID authorId) {
		return this.jdbc.sql(SELECT + " where id = :id and author_id = :author")
			.param("id", id).param("author", authorId)
			.query((rs, row) -> draft(rs))
			.optional();
	}

	/** The author's drafts, most recently changed first. */
	List<Draft> ofAuthor(UUID authorId, int limit) {
		return this.jdbc.sql(SELECT + " where author_id = :author order by updated_at desc, id limit :limit")
			.param("author", authorId).param("limit", limit)
			.query((rs, row) -> draft(rs))
			.list();
	}

	/** Saves only over the version the author last saw; false when another tab saved in between. */
	boolean update(UUID id, UUID authorId, long version, Map<String, String> answers, Instant at) {
		return this.jdbc.sql("""
				update referral_draft set answers = cast(:answers as jsonb), version = version + 1, updated_at = :at
				where id = :id and author_id = :author and version = :version
				""")
			.param("id", id).param("author", authorId).param("version", version).param("at", Timestamp.from(at))
			.param("answers", this.json.writeValueAsString(answers))
			.update() == 1;
	}

	boolean delete(UUID id, UUID authorId) {
		return this.jdbc.sql("delete from referral_draft where id = :id and author_id = :author")
			.param("id", id).param("author", authorId)
			.update() == 1;
	}

	private static final String SELECT = """
			select id, author_id, version, created_at, updated_at, answers::text as answers from referral_draft
			""";

	private Draft draft(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Draft(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				this.json.readValue(rs.getString("answers"), ANSWERS));
	}

}
