package tandem.cases;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The case aggregates. Read them for someone only through {@link CaseGate}. */
interface CaseFiles extends ListCrudRepository<CaseFile, UUID> {
}
