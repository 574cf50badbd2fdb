package tandem.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** Given names that are variants of one another (Bill and William, Peggy and Margaret), from a resource file. */
final class NameVariants {

	private static final NameVariants STANDARD = load("given-name-variants.txt");

	private final Map<String, BitSet> groups;

	private NameVariants(Map<String, BitSet> groups) {
		this.groups = groups;
	}

	static NameVariants standard() {
		return STANDARD;
	}

	/** Whether two normalised given names are known variants of one another (not merely equal). */
	boolean areVariants(String a, String b) {
		BitSet ga = this.groups.get(a);
		BitSet gb = this.groups.get(b);
		return ga != null && gb != null && !a.equals(b) && ga.intersects(gb);
	}

	private static NameVariants load(String resource) {
		Map<String, BitSet> groups = new HashMap<>();
		try (InputStream in = NameVariants.class.getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int group = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				for (String name : line.split(",")) {
					groups.computeIfAbsent(Text.normalise(name), n -> new BitSet()).set(group);
				}
				group++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new NameVariants(groups);
	}

}
