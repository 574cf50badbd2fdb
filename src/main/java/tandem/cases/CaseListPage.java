package tandem.cases;

import java.util.List;

/** One page of a list of cases, numbered from 1. */
public record CaseListPage(List<CaseListRow> rows, int page, boolean hasNext) {

	public CaseListPage {
		rows = List.copyOf(rows);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

}
