package org.w3id.attache.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.shared.PrefixMapping;

/**
 * Filters and pages a competency query's rows, in plain SPARQL 1.1 that any store can answer:
 * the query becomes a sub-select, and the outer query keeps the rows in which an entity column
 * holds one of the actors (or an entity of one of the states), whose {@code date} overlaps the
 * range, whose {@code type} is the one asked, in the query's own order, a page at a time. Made by
 * {@link #builder()}, which checks what it is given.
 *
 * @param actors IRIs of entities: a row is kept when one of its entity columns holds one of them
 * @param states IRIs of states: a row is kept when an entity column holds the state or something of it ({@code att:country})
 * @param from the first day of the range (ISO), or null
 * @param to the last day of the range (ISO), or null
 * @param type the record type ({@code events} query's {@code type} column), or null
 * @param limit the most rows to return, or 0 for all
 * @param offset how many rows to skip
 */
public record QueryFilter(List<String> actors, List<String> states, String from, String to, String type, long limit, long offset) {
    /** Columns that hold entities in the competency queries (architecture.md §4 and events.rq). */
    static final Set<String> ENTITY_COLUMNS = Set.of("visitor", "destination", "host", "participant", "counterpart", "person",
            "organization", "party", "counterparty", "supplier", "recipient", "speaker", "medium", "leader", "member", "entity",
            "event", "place");
    private static final String ATT = "https://w3id.org/attache/ontology#";

    public static Builder builder() {
        return new Builder();
    }

    /** Whether this filter changes anything. */
    public boolean isEmpty() {
        return actors.isEmpty() && states.isEmpty() && from == null && to == null && type == null && limit == 0 && offset == 0;
    }

    /** The filtered query; {@code query} must be a SELECT. */
    public Query apply(Query query) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only a SELECT query's rows can be filtered");
        }
        if (isEmpty()) {
            return query;
        }
        Query inner = query.cloneQuery();
        inner.setPrefixMapping(PrefixMapping.Factory.create());
        List<String> columns = inner.getResultVars();
        List<String> entityColumns = columns.stream().filter(ENTITY_COLUMNS::contains).toList();
        StringBuilder where = new StringBuilder("{ ").append(inner.serialize()).append(" }\n");
        if (!actors.isEmpty()) {
            List<String> tests = new ArrayList<>();
            for (String a : actors) {
                tests.add("?%1$s = <" + a + ">");
                tests.add("EXISTS { ?%1$s <" + ATT + "involves> <" + a + "> }"); // a merged event's participants
            }
            where.append(anyColumn(entityColumns, tests));
        }
        if (!states.isEmpty()) {
            List<String> tests = new ArrayList<>();
            for (String s : states) {
                tests.add("?%1$s = <" + s + ">");
                tests.add("EXISTS { ?%1$s <" + ATT + "country> <" + s + "> }");
                tests.add("EXISTS { ?%1$s <" + ATT + "involves> ?x . { ?x <" + ATT + "country> <" + s + "> } UNION { FILTER (?x = <" + s + ">) } }");
            }
            where.append(anyColumn(entityColumns, tests));
        }
        if ((from != null || to != null) && columns.contains("date")) {
            // a date overlaps the range when its last day is not before `from` and its first day not after `to`
            String first = "IF(STRLEN(?date) = 4, CONCAT(?date, \"-01-01\"), IF(STRLEN(?date) = 7, CONCAT(?date, \"-01\"), ?date))";
            String last = "IF(STRLEN(?date) = 4, CONCAT(?date, \"-12-31\"), IF(STRLEN(?date) = 7, CONCAT(?date, \"-31\"), ?date))";
            where.append("FILTER (?date != \"\")\n");
            if (from != null) {
                where.append("FILTER (").append(last).append(" >= \"").append(from).append("\")\n");
            }
            if (to != null) {
                where.append("FILTER (").append(first).append(" <= \"").append(to).append("\")\n");
            }
        }
        if (type != null && columns.contains("type")) {
            where.append("FILTER (?type = \"").append(type).append("\")\n");
        }
        StringBuilder text = new StringBuilder("SELECT * WHERE {\n").append(where).append("}\n");
        List<String> order = new ArrayList<>();
        if (query.getOrderBy() != null) {
            for (SortCondition c : query.getOrderBy()) {
                if (c.getExpression().isVariable()) {
                    String v = "?" + c.getExpression().getVarName();
                    order.add(c.getDirection() == Query.ORDER_DESCENDING ? "DESC(" + v + ")" : v);
                }
            }
        }
        if (!order.isEmpty()) {
            text.append("ORDER BY ").append(String.join(" ", order)).append('\n');
        }
        if (limit > 0) {
            text.append("LIMIT ").append(limit).append('\n');
        }
        if (offset > 0) {
            text.append("OFFSET ").append(offset).append('\n');
        }
        return QueryFactory.create(text.toString());
    }

    /** "FILTER (tests on column 1 || tests on column 2 …)", each on a bound column; no column means no row passes. */
    private static String anyColumn(List<String> columns, List<String> tests) {
        List<String> any = new ArrayList<>();
        for (String c : columns) {
            List<String> on = tests.stream().map(t -> String.format(t, c)).toList();
            any.add("(BOUND(?" + c + ") && (" + String.join(" || ", on) + "))");
        }
        return "FILTER (" + (any.isEmpty() ? "false" : String.join(" || ", any)) + ")\n";
    }

    /** Builds a {@link QueryFilter}; {@link #build()} refuses what is not an IRI, a day, a type or a count. */
    public static final class Builder {
        private final List<String> actors = new ArrayList<>();
        private final List<String> states = new ArrayList<>();
        private String from;
        private String to;
        private String type;
        private long limit;
        private long offset;

        public Builder actor(String iri) {
            actors.add(iri);
            return this;
        }

        public Builder state(String iri) {
            states.add(iri);
            return this;
        }

        public Builder from(String day) {
            this.from = day;
            return this;
        }

        public Builder to(String day) {
            this.to = day;
            return this;
        }

        public Builder type(String t) {
            this.type = t;
            return this;
        }

        public Builder limit(long n) {
            this.limit = n;
            return this;
        }

        public Builder offset(long n) {
            this.offset = n;
            return this;
        }

        public QueryFilter build() {
            for (String iri : concat(actors, states)) {
                if (!iri.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
                    throw new IllegalArgumentException("not an http(s) IRI: " + iri);
                }
            }
            for (String day : new String[] {from, to}) {
                if (day != null) {
                    try {
                        LocalDate.parse(day);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("not a day (YYYY-MM-DD): " + day);
                    }
                }
            }
            if (from != null && to != null && from.compareTo(to) > 0) {
                throw new IllegalArgumentException("--from " + from + " is after --to " + to);
            }
            if (type != null && !type.matches("[a-z]+")) {
                throw new IllegalArgumentException("not a record type: " + type);
            }
            if (limit < 0 || offset < 0) {
                throw new IllegalArgumentException("--limit and --offset must not be negative");
            }
            return new QueryFilter(List.copyOf(actors), List.copyOf(states), from, to, type, limit, offset);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }
}
