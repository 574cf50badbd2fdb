package tandem.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The MARAC side of the national data set, added on top of it once: in each of the first areas, a coordinator who can
 * sign in and a meeting 18 open high-risk cases are listed on, each with what two agencies shared and an action.
 */
final class MaracBenchData {

	static final String PASSWORD = "bench coordinator password";

	static final int AREAS = 10;

	static final int CASES_PER_MEETING = 18;

	private static final String VENUE = "Benchmark meeting";

	private MaracBenchData() {
	}

	record Area(String username, UUID meeting, List<UUID> items) {
	}

	static List<Area> ensure(JdbcClient jdbc, PasswordEncoder passwords) {
		String hash = passwords.encode(PASSWORD);
		List<UUID> areaIds = jdbc.sql("select id from area where code like 'synthetic-%' order by code limit :n")
			.param("n", AREAS).query(UUID.class).list();
		List<Area> areas = new ArrayList<>();
		for (UUID areaId : areaIds) {
			areas.add(ensureArea(jdbc, areaId, hash));
		}
		return areas;
	}

	private static Area ensureArea(JdbcClient jdbc, UUID areaId, String hash) {
		UUID police = jdbc.sql("select id from agency where area_id = :a and code = 'police'").param("a", areaId)
			.query(UUID.class).single();
		String username = "bench-coordinator-" + areaId.toString().substring(0, 8);
		UUID user = jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class)
			.optional().orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.sql("""
						insert into app_user (id, agency_id, username, display_name, password_hash)
						values (:id, :agency, :u, 'Benchmark coordinator', :hash)
						""").param("id", id).param("agency", police).param("u", username).param("hash", hash).update();
				jdbc.sql("insert into user_role (user_id, role) values (:id, 'COORDINATOR')").param("id", id).update();
				return id;
			});
		jdbc.sql("update app_user set password_hash = :hash, failed_sign_ins = 0, locked_until = null where id = :id")
			.param("hash", hash).param("id", user).update();
		UUID meeting = jdbc.sql("select id from marac_meeting where area_id = :a and venue = :v")
			.param("a", areaId).param("v", VENUE).query(UUID.class).optional()
			.orElseGet(() -> createMeeting(jdbc, areaId, police, user));
		List<UUID> items = jdbc.sql("select id from agenda_item where meeting_id = :m order by listed_at")
			.param("m", meeting).query(UUID.class).list();
		return new Area(username, meeting, items);
	}

	private static UUID createMeeting(JdbcClient jdbc, UUID areaId, UUID police, UUID owner) {
		UUID meeting = UUID.randomUUID();
		LocalDate day = LocalDate.now(BenchClock.UK).plusDays(7);
		jdbc.sql("""
				insert into marac_meeting (id, area_id, held_on, starts_at, kind, venue, cut_off_on, created_at)
				values (:id, :area, :day, '10:00', 'EXTRA', :venue, :day, now())
				""").param("id", meeting).param("area", areaId).param("day", day).param("venue", VENUE).update();
		jdbc.sql("""
				insert into marac_invitation (meeting_id, agency_id, attendance)
				select :m, id, 'PRESENT' from agency where area_id = :a
				""").param("m", meeting).param("a", areaId).update();
		List<UUID> cases = jdbc.sql("""
				select id from case_file where area_id = :a and closed_on is null and not restricted and risk_level = 'HIGH'
				order by opened_on desc limit :n
				""").param("a", areaId).param("n", CASES_PER_MEETING).query(UUID.class).list();
		String[] categories = { "EMERGENCY", "REPEAT", "REPEAT", "TRANSFER_IN" };
		for (int i = 0; i < cases.size(); i++) {
			UUID item = UUID.randomUUID();
			jdbc.sql("""
					insert into agenda_item (id, meeting_id, case_id, category, listed_at, status)
					values (:id, :m, :c, :cat, now() + make_interval(secs => :i), 'LISTED')
					""").param("id", item).param("m", meeting).param("c", cases.get(i))
				.param("cat", i < categories.length ? categories[i] : "NEW").param("i", i).update();
			jdbc.sql("""
					insert into marac_shared_information (id, agenda_item_id, agency_id, information, recorded_by, recorded_at)
					select gen_random_uuid(), :item, id, 'Two call-outs since the referral; bail conditions in place',
					       :owner, now()
					from agency where area_id = :a and code in ('police', 'housing')
					""").param("item", item).param("owner", owner).param("a", areaId).update();
			jdbc.sql("""
					insert into marac_action (id, agenda_item_id, meeting_id, case_id, agency_id, owner_user_id,
					                          description, due_on, created_at)
					values (gen_random_uuid(), :item, :m, :c, :agency, :owner, 'Flag the address for urgent response',
					        :due, now())
					""").param("item", item).param("m", meeting).param("c", cases.get(i)).param("agency", police)
				.param("owner", owner).param("due", day.plusDays(14)).update();
		}
		return meeting;
	}

}
