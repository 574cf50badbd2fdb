package tandem.person;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The person aggregates. */
interface People extends ListCrudRepository<Person, UUID> {
}
