package tandem.marac;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.Ids;

/** The cases on meetings' agendas. Changes are checked against the version the editor saw. */
@Repository
class AgendaItems {

	private final JdbcClient jdbc;

	AgendaItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Item(UUID id, UUID meetingId, UUID caseId, AgendaCategory category, String status, boolean deferred,
			int version) {

		public boolean listed() {
			return "LISTED".equals(this.status);
		}

	}

	Optional<Item> find(UUID id) {
		return this.jdbc.sql("select * from agenda_item where id = :id")
			.param("id", id)
			.query((rs, row) -> new Item(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
					rs.getObject("case_id", UUID.class), AgendaCategory.valueOf(rs.getString("category")),
					rs.getString("status"), rs.getBoolean("deferred"), rs.getInt("version")))
			.optional();
	}

	/** Whether the case is already listed on a meeting of its area that has not yet been held. */
	boolean listedAhead(UUID caseId, java.time.LocalDate from) {
		return this.jdbc.sql("""
				select exists (select 1 from agenda_item i join marac_meeting m on m.id = i.meeting_id
				               where i.case_id = :case and i.status = 'LISTED' and m.held_on >= :from
				                 and m.cancelled_at is null)
				""")
			.param("case", caseId).param("from", from)
			.query(Boolean.class)
			.single();
	}

	boolean isListedOn(UUID meetingId, UUID caseId) {
		return this.jdbc.sql("""
				select exists (select 1 from agenda_item where meeting_id = :meeting and case_id = :case
				               and status in ('LISTED', 'HEARD'))
				""")
			.param("meeting", meetingId).param("case", caseId)
			.query(Boolean.class)
			.single();
	}

	UUID list(UUID meetingId, UUID caseId, @Nullable UUID referralId, AgendaCategory category,
			@Nullable UUID carriedFrom, boolean deferred, @Nullable String transferFrom, OffsetDateTime now) {
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into agenda_item (id, meeting_id, case_id, referral_id, category, listed_at, status, carried_from,
				                         deferred, transfer_from)
				values (:id, :meeting, :case, :referral, :category, :now, 'LISTED', :from, :deferred, :transfer)
				""")
			.param("id", id).param("meeting", meetingId).param("case", caseId).param("referral", referralId)
			.param("category", category.name()).param("now", now).param("from", carriedFrom)
			.param("deferred", deferred).param("transfer", transferFrom)
			.update();
		return id;
	}

	/** @return false when the item changed since the editor saw {@code version}, or is no longer listed */
	boolean close(UUID itemId, int version, String status, String reason) {
		return this.jdbc.sql("""
				update agenda_item set status = :status, reason = :reason, version = version + 1
				where id = :id and version = :version and status = 'LISTED'
				""")
			.param("id", itemId).param("version", version).param("status", status).param("reason", reason)
			.update() == 1;
	}

	record Discussion(@Nullable String victimVoice, @Nullable String risks) {
	}

	Discussion discussion(UUID itemId) {
		return this.jdbc.sql("select victim_voice, risks_identified from agenda_item where id = :id")
			.param("id", itemId)
			.query((rs, row) -> new Discussion(rs.getString(1), rs.getString(2)))
			.single();
	}

	int countListed(UUID meetingId) {
		return this.jdbc.sql("select count(*) from agenda_item where meeting_id = :meeting and status = 'LISTED'")
			.param("meeting", meetingId)
			.query(Integer.class)
			.single();
	}

}
