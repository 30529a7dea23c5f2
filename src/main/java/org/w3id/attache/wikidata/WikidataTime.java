package org.w3id.attache.wikidata;

import java.time.LocalDate;

/**
 * A date at Wikidata's precision: 9 year, 10 month, 11 day ({@code ontology-standards.md} §3.2).
 *
 * @param date the date; parts finer than the precision are 1
 * @param precision 9, 10 or 11
 */
public record WikidataTime(LocalDate date, int precision) {
    public WikidataTime {
        if (precision < 9 || precision > 11) {
            throw new IllegalArgumentException("precision must be 9 (year), 10 (month) or 11 (day): " + precision);
        }
    }

    /** Reads attache's date forms: {@code 2025-05-07}, {@code 2025-05}, {@code 2025}. */
    public static WikidataTime parse(String lexical) {
        return switch (lexical.length()) {
            case 10 -> new WikidataTime(LocalDate.parse(lexical), 11);
            case 7 -> new WikidataTime(LocalDate.parse(lexical + "-01"), 10);
            case 4 -> new WikidataTime(LocalDate.of(Integer.parseInt(lexical), 1, 1), 9);
            default -> throw new IllegalArgumentException("not a date at day, month or year precision: " + lexical);
        };
    }

    /** The simple value of Wikidata's RDF ({@code wdt:}, {@code ps:}, {@code pq:}): an xsd:dateTime, unknown parts as 01. */
    public String rdfValue() {
        return String.format("%04d-%02d-%02dT00:00:00Z", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The QuickStatements form, unknown parts as 00: {@code +2025-05-00T00:00:00Z/10}. */
    public String quickStatements() {
        int month = precision >= 10 ? date.getMonthValue() : 0;
        int day = precision >= 11 ? date.getDayOfMonth() : 0;
        return String.format("+%04d-%02d-%02dT00:00:00Z/%d", date.getYear(), month, day, precision);
    }
}
