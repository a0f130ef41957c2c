package dev.arrears.dunning.domain.fee;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Published reference rates per jurisdiction, each valid from its date until the jurisdiction's next entry.
 *
 * <p>Days after a jurisdiction's last entry use its last rate. The table is only as current as its last update, and a
 * dunning run must not stop because a new half-year has begun; the newest published rate is the best one known until
 * the next is added. Days before the first entry have no rate at all ({@link NoReferenceRate}).
 */
public final class ReferenceRates {

    /** The published rates shipped with the service, on the classpath. */
    public static final String RESOURCE = "fees/reference-rates.csv";

    private static final String HEADER = "jurisdiction,valid_from,percent";

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> tables;

    /** @throws IllegalArgumentException if a jurisdiction has two rates from the same day */
    public ReferenceRates(Collection<ReferenceRate> entries) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> byJurisdiction = new TreeMap<>();
        for (ReferenceRate entry : entries) {
            NavigableMap<LocalDate, BigDecimal> table = byJurisdiction.computeIfAbsent(entry.jurisdiction(), j -> new TreeMap<>());
            if (table.putIfAbsent(entry.validFrom(), entry.percent()) != null) {
                throw new IllegalArgumentException("two " + entry.jurisdiction() + " reference rates from " + entry.validFrom());
            }
        }
        byJurisdiction.replaceAll((jurisdiction, table) -> Collections.unmodifiableNavigableMap(table));
        this.tables = Collections.unmodifiableMap(byJurisdiction);
    }

    /** The rates in {@value #RESOURCE}. */
    public static ReferenceRates load() {
        try (InputStream in = ReferenceRates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads {@code jurisdiction,valid_from,percent} rows after that header line; blank lines and lines starting with
     * {@code #} are skipped.
     *
     * @throws IllegalStateException naming the source and line of the first malformed row
     */
    static ReferenceRates parse(Reader csv, String source) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        List<ReferenceRate> entries = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!row.equals(HEADER)) {
                    throw new IllegalStateException(source + " line " + number + ": expected the header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            entries.add(row(row, source, number));
        }
        try {
            return new ReferenceRates(entries);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
    }

    private static ReferenceRate row(String row, String source, int number) {
        String[] fields = row.split(",", -1);
        if (fields.length != 3) {
            throw new IllegalStateException(source + " line " + number + ": expected 3 fields, got " + fields.length);
        }
        try {
            return new ReferenceRate(fields[0].strip(), LocalDate.parse(fields[1].strip()), new BigDecimal(fields[2].strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException(source + " line " + number + ": " + e.getMessage(), e);
        }
    }

    public Set<String> jurisdictions() {
        return tables.keySet();
    }

    /** Every entry, by jurisdiction and date. */
    public List<ReferenceRate> entries() {
        List<ReferenceRate> entries = new ArrayList<>();
        tables.forEach((jurisdiction, table) ->
                table.forEach((validFrom, percent) -> entries.add(new ReferenceRate(jurisdiction, validFrom, percent))));
        return entries;
    }

    /** The annual percentage in force on a day; after the last entry, the last one. */
    public BigDecimal rateOn(String jurisdiction, LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> entry = table(jurisdiction).floorEntry(date);
        if (entry == null) {
            throw new NoReferenceRate("no " + jurisdiction + " reference rate before " + table(jurisdiction).firstKey()
                    + ", needed for " + date);
        }
        return entry.getValue();
    }

    /**
     * The days {@code from} (inclusive) to {@code to} (exclusive) split where the rate changes, in order. A new entry
     * with the same rate as the one before does not split. Empty when {@code from} is not before {@code to}.
     */
    public List<RatePeriod> periods(String jurisdiction, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        List<RatePeriod> periods = new ArrayList<>();
        LocalDate start = from;
        BigDecimal percent = rateOn(jurisdiction, from);
        for (Map.Entry<LocalDate, BigDecimal> change : table(jurisdiction).subMap(from, false, to, false).entrySet()) {
            if (change.getValue().compareTo(percent) != 0) {
                periods.add(new RatePeriod(start, change.getKey(), percent));
                start = change.getKey();
                percent = change.getValue();
            }
        }
        periods.add(new RatePeriod(start, to, percent));
        return periods;
    }

    private NavigableMap<LocalDate, BigDecimal> table(String jurisdiction) {
        NavigableMap<LocalDate, BigDecimal> table = tables.get(jurisdiction);
        if (table == null) {
            throw new NoReferenceRate("no reference rates for " + jurisdiction);
        }
        return table;
    }
}
