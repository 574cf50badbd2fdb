package tandem.person;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people for other modules. It checks no access itself: callers are behind the case gate, which has decided
 * need to know and written the audit event for the whole case.
 */
@Service
public class PersonRecords {

	private final People people;

	PersonRecords(People people) {
		this.people = people;
	}

	@Transactional(readOnly = true)
	public Map<UUID, PersonDetails> details(Collection<UUID> ids) {
		return this.people.findAllById(ids)
			.stream()
			.map(Person::details)
			.collect(Collectors.toMap(PersonDetails::id, Function.identity()));
	}

}
