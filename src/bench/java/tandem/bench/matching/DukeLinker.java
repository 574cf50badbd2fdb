package tandem.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.JaroWinklerTokenized;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

import tandem.matching.PersonRecord;

/**
 * Duke 1.2 (Lucene candidate search, naive-Bayes combination of per-property probabilities) configured the way its
 * documentation's person examples are: Jaro-Winkler on names, Levenshtein on the date of birth, postcode and e-mail,
 * tokenised Jaro-Winkler on the address, exact sex; low/high probabilities as below; in-memory Lucene index, two
 * threads. Every pair Duke compares is reported (threshold near zero) so that its pair completeness shows and its
 * decision threshold is chosen on the tuning set like everyone else's.
 */
final class DukeLinker implements Linker {

	@Override
	public String name() {
		return "Duke";
	}

	@Override
	public double floor() {
		return 0.05;
	}

	@Override
	public void link(LinkageSet set, Scored scored) throws Exception {
		ConfigurationImpl config = new ConfigurationImpl();
		List<Property> properties = new ArrayList<>();
		properties.add(new PropertyImpl("ID"));
		properties.add(new PropertyImpl("GIVEN", new JaroWinkler(), 0.2, 0.9));
		properties.add(new PropertyImpl("FAMILY", new JaroWinkler(), 0.2, 0.9));
		properties.add(new PropertyImpl("DOB", new Levenshtein(), 0.2, 0.95));
		properties.add(new PropertyImpl("SEX", new ExactComparator(), 0.4, 0.55));
		properties.add(new PropertyImpl("ADDRESS", new JaroWinklerTokenized(), 0.4, 0.75));
		properties.add(new PropertyImpl("POSTCODE", new Levenshtein(), 0.4, 0.75));
		properties.add(new PropertyImpl("EMAIL", new Levenshtein(), 0.3, 0.9));
		config.setProperties(properties);
		config.setThreshold(0.01);
		LuceneDatabase database = new LuceneDatabase();
		database.setConfiguration(config);
		database.setMaxSearchHits(100);
		config.setDatabase(database);
		Processor processor = new Processor(config, database);
		processor.setThreads(2);
		Set<Long> seen = ConcurrentHashMap.newKeySet();
		processor.addMatchListener(new AbstractMatchListener() {
			@Override
			public void matches(Record r1, Record r2, double confidence) {
				int a = Integer.parseInt(r1.getValue("ID"));
				int b = Integer.parseInt(r2.getValue("ID"));
				if (a != b && seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
					scored.compared(Math.min(a, b), Math.max(a, b), confidence, floor());
				}
			}
		});
		List<Record> records = new ArrayList<>();
		for (int i = 0; i < set.records().size(); i++) {
			records.add(record(i, set.records().get(i)));
		}
		processor.deduplicate(records);
		processor.close();
	}

	private static Record record(int i, PersonRecord p) {
		RecordImpl record = new RecordImpl();
		record.addValue("ID", Integer.toString(i));
		add(record, "GIVEN", p.names().getFirst().given());
		add(record, "FAMILY", p.names().getFirst().family());
		if (p.birthYear() != null) {
			add(record, "DOB", p.birthYear() + "-" + p.birthMonth() + "-" + p.birthDay());
		}
		add(record, "SEX", p.sex());
		add(record, "ADDRESS", p.address());
		add(record, "POSTCODE", p.postcode());
		add(record, "EMAIL", p.email());
		return record;
	}

	private static void add(RecordImpl record, String property, String value) {
		if (value != null && !value.isBlank()) {
			record.addValue(property, value.toLowerCase(Locale.ROOT).strip());
		}
	}

}
