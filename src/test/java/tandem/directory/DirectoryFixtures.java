package tandem.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures.AreaFixture;
import tandem.agency.AgencyRef;

/** Adds directory services for tests straight in the database. Valid by default: a service covering one area. */
@TestComponent
public class DirectoryFixtures {

	private final JdbcClient jdbc;

	DirectoryFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID service(AgencyRef provider, AreaFixture covers, String kind, String name, @Nullable Integer spacesFree) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into directory_service (id, agency_id, name, kind, description, area_ids, risk_levels,
				    how_to_refer, located_in_area_id, spaces_free, accepts_non_mandated)
				values (:id, :agency, :name, :kind, 'A test service', array[cast(:area as uuid)], '{MEDIUM,HIGH}',
				    'Through Tandem', case when :kind = 'REFUGE' then cast(:area as uuid) end, :spaces,
				    :kind = 'PERPETRATOR_PROGRAMME')
				""")
			.param("id", id).param("agency", provider.id()).param("name", name).param("kind", kind)
			.param("area", covers.id()).param("spaces", spacesFree)
			.update();
		return id;
	}

}
