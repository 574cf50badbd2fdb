package tandem.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the SafeLives return's figures for each meeting an area held, straight from the MARAC record: a quarter
 * is one area's dozen meetings and a few hundred cases, which one indexed query counts in milliseconds, so the
 * return needs no pre-aggregated table.
 */
@Repository
class MaracReturnCounts {

	/**
	 * One row per case heard: whether it was a repeat, the sector of the referral it was heard on (the agenda item's
	 * own, or else the case's latest referral before the meeting), its children, its victim's answers and age on the
	 * day, and its perpetrators who were under 18 that day.
	 */
	private static final String HEARD = """
			select i.meeting_id, i.id as item_id,
			       (i.category = 'REPEAT' or coalesce(r.repeat_referral, false)) as repeat_case,
			       ag.sector,
			       (select count(*) from case_party ch where ch.case_id = i.case_id and ch.role = 'CHILD') as children,
			       v.ethnicity, v.gender, v.disability, v.sexual_orientation, v.gender_identity,
			       extract(year from age(m.held_on, v.date_of_birth)) as victim_age,
			       (select count(*) from case_party cp join person p on p.id = cp.person_id
			        where cp.case_id = i.case_id and cp.role = 'PERPETRATOR'
			          and age(m.held_on, p.date_of_birth) < interval '18 years') as young_perpetrators
			from marac_meeting m
			join agenda_item i on i.meeting_id = m.id and i.status = 'HEARD'
			left join lateral (%s) r on true
			left join agency ag on ag.id = r.referring_agency_id
			left join lateral (
			    select p.* from case_party cp join person p on p.id = cp.person_id
			    where cp.case_id = i.case_id and cp.role = 'VICTIM' order by p.created_at limit 1) v on true
			where m.area_id = :area and m.held_on >= :from and m.held_on < :to and m.cancelled_at is null
			""".formatted(MaracMeasures.REFERRAL_HEARD_ON);

	/** One meeting's figures. */
	record MeetingCounts(UUID meetingId, LocalDate heldOn, Map<SafeLivesIndicator, Long> counts) {

		MeetingCounts {
			counts = Map.copyOf(counts);
		}

		long count(SafeLivesIndicator indicator) {
			return this.counts.getOrDefault(indicator, 0L);
		}

	}

	private final JdbcClient jdbc;

	MaracReturnCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every meeting the area held (not cancelled) from {@code from} up to {@code to}, in date order. */
	List<MeetingCounts> meetings(UUID areaId, LocalDate from, LocalDate to) {
		String aggregates = java.util.Arrays.stream(SafeLivesIndicator.values())
			.map(indicator -> indicator.sql() + " as " + indicator.name())
			.collect(Collectors.joining(",\n       "));
		return this.jdbc.sql("with h as (" + HEARD + ")\nselect m.id, m.held_on,\n       " + aggregates + """

				from marac_meeting m left join h on h.meeting_id = m.id
				where m.area_id = :area and m.held_on >= :from and m.held_on < :to and m.cancelled_at is null
				group by m.id, m.held_on, m.starts_at
				order by m.held_on, m.starts_at
				""")
			.param("area", areaId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				Map<SafeLivesIndicator, Long> counts = new EnumMap<>(SafeLivesIndicator.class);
				for (SafeLivesIndicator indicator : SafeLivesIndicator.values()) {
					counts.put(indicator, rs.getLong(indicator.name()));
				}
				return new MeetingCounts(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
						counts);
			})
			.list();
	}

	/** Cases heard at the area's meetings from {@code from} up to {@code to}: for cases per 10,000 adult females. */
	long casesHeard(UUID areaId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select count(*) from marac_meeting m join agenda_item i on i.meeting_id = m.id and i.status = 'HEARD'
				where m.area_id = :area and m.held_on >= :from and m.held_on < :to and m.cancelled_at is null
				""")
			.param("area", areaId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

}
