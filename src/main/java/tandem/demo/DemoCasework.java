package tandem.demo;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.Ids;

import static tandem.demo.DemoAgency.HOUSING;
import static tandem.demo.DemoAgency.IDVA;
import static tandem.demo.DemoAgency.PROBATION;
import static tandem.demo.DemoAgency.WOMENS_AID;

/**
 * The demo's service directory (per area: IDVA, a refuge recorded only as "in the area", floating support, a
 * children's service, a perpetrator programme) and a small IDVA caseload in the north: some cases allocated to the
 * north IDVA, some waiting for the service manager to allocate.
 */
@Component
class DemoCasework {

	static final String NORTH_MANAGER = "north.idva.manager";

	private static final int ALLOCATED = 4;

	private static final int WAITING = 2;

	private final JdbcClient jdbc;

	DemoCasework(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(DemoPartnershipWriter.Written ids) {
		for (DemoArea area : DemoArea.values()) {
			UUID areaId = ids.areas().get(area);
			service(ids.agency(area, IDVA), areaId, "IDVA", "IDVA service", "Independent advocacy for victims at high "
					+ "risk: safety planning, MARAC, courts and housing.", "{HIGH}", null, null, 0,
					"Refer through Tandem; cases meeting the MARAC threshold come automatically.");
			service(ids.agency(area, WOMENS_AID), areaId, "REFUGE", "Women's Aid refuge", "Safe accommodation for "
					+ "women and their children. The location is never recorded.", "{STANDARD,MEDIUM,HIGH}", 2, null,
					null, "Refer through Tandem or call the refuge line; a worker calls back the same day.");
			service(ids.agency(area, HOUSING), areaId, "FLOATING_SUPPORT", "Floating support", "Support to stay "
					+ "safely in a home: tenancy, benefits, target hardening.", "{STANDARD,MEDIUM}", null, 3, null,
					"Refer through Tandem.");
			service(ids.agency(area, WOMENS_AID), areaId, "CHILDREN_AND_YOUNG_PEOPLE", "Children and young people's "
					+ "service", "One-to-one and group support for children who have lived with domestic abuse.",
					"{STANDARD,MEDIUM,HIGH}", null, 6, 4, "Refer through Tandem with the parent's consent.");
			service(ids.agency(area, PROBATION), areaId, "PERPETRATOR_PROGRAMME", "Change programme", "A group "
					+ "programme for people who use abuse, mandated or voluntary, with partner support.",
					"{STANDARD,MEDIUM,HIGH}", null, 8, 18, "Refer through Tandem; voluntary referrals welcome.");
		}
		caseload(ids);
	}

	private void service(UUID agencyId, UUID areaId, String kind, String name, String description, String risks,
			Integer spaces, Integer waitingWeeks, Integer minAge, String howToRefer) {
		boolean refuge = "REFUGE".equals(kind);
		this.jdbc.sql("""
				insert into directory_service (id, agency_id, name, kind, description, area_ids, risk_levels, min_age,
				    max_age, genders, languages, how_to_refer, located_in_area_id, spaces_free, waiting_weeks,
				    capacity_updated_at, accepts_non_mandated)
				values (:id, :agency, :name, :kind, :description, array[cast(:area as uuid)], cast(:risks as text[]),
				    :minAge, :maxAge, :genders, '{English,Polish,Urdu}', :how, :located, :spaces, :weeks, now(),
				    :kind = 'PERPETRATOR_PROGRAMME')
				""")
			.param("id", Ids.next()).param("agency", agencyId).param("name", name).param("kind", kind)
			.param("description", description).param("area", areaId).param("risks", risks)
			.param("minAge", minAge).param("maxAge", "CHILDREN_AND_YOUNG_PEOPLE".equals(kind) ? 17 : null)
			.param("genders", refuge ? "Women and their children" : null).param("how", howToRefer)
			.param("located", refuge ? areaId : null).param("spaces", spaces).param("weeks", waitingWeeks)
			.update();
	}

	/** The north IDVA's open cases become its casework: a few allocated to the north IDVA, a few waiting. */
	private void caseload(DemoPartnershipWriter.Written ids) {
		UUID idva = ids.agency(DemoArea.NORTH, IDVA);
		List<UUID> cases = this.jdbc.sql("""
				select c.id from case_file c join case_agency a on a.case_id = c.id and a.agency_id = :idva
				where c.closed_on is null and not c.restricted order by c.opened_on desc limit :count
				""")
			.param("idva", idva).param("count", ALLOCATED + WAITING)
			.query(UUID.class)
			.list();
		UUID worker = ids.users().get("north.idva");
		UUID manager = ids.users().get(NORTH_MANAGER);
		for (int i = 0; i < cases.size(); i++) {
			UUID supportCase = Ids.next();
			boolean allocated = i < ALLOCATED;
			this.jdbc.sql("""
					insert into support_case (id, case_id, agency_id, source, received_at, worker_user_id, allocated_at,
					    first_contact_at, review_due_on)
					values (:id, :case, :agency, 'REFERRAL', now() - make_interval(days => :days), :worker,
					    case when :allocated then now() - make_interval(days => :days - 1) end,
					    case when :allocated then now() - make_interval(days => :days - 2) end,
					    case when :allocated then current_date + :days - 10 end)
					""")
				.param("id", supportCase).param("case", cases.get(i)).param("agency", idva)
				.param("days", 3 + 4 * i).param("worker", allocated ? worker : null).param("allocated", allocated)
				.update();
			if (allocated) {
				this.jdbc.sql("""
						insert into support_case_allocation (id, support_case_id, allocated_at, worker_user_id, by_user_id)
						values (:id, :case, now(), :worker, :manager)
						""")
					.param("id", Ids.next()).param("case", supportCase).param("worker", worker)
					.param("manager", manager)
					.update();
			}
		}
	}

}
