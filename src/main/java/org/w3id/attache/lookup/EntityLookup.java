package org.w3id.attache.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.attache.bounded.BoundedSelect;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;

/**
 * Entities whose label or alias contains a name, case-insensitively, from the entities graph:
 * ranked by {@link MatchKind} (exact label, exact alias, prefix, substring), then by label, then
 * IRI; optionally only entities of some attache classes. One query per page, within the
 * {@link BoundedSelect}'s deadline.
 * <pre>
 * EntityMatches page = new EntityLookup(select).find("put", Set.of("Person"), 0, 20);
 * </pre>
 */
public final class EntityLookup {
    /** The longest name looked up, in characters. */
    public static final int MAX_NAME = 200;
    /** The largest page. */
    public static final int MAX_PAGE = 100;
    /** The furthest offset: past it a client should narrow the name instead. */
    public static final int MAX_OFFSET = 10_000;
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z]{0,40}");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static final String QUERY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX att:  <%1$s>
            SELECT ?e ?best ?name (SAMPLE(?wd) AS ?wikidata) (SAMPLE(?countryName) AS ?country)
                   (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classes)
            WHERE {
              {
                SELECT ?e (MIN(?rank) AS ?best) (SAMPLE(?label) AS ?name) WHERE {
                  GRAPH <%2$s> {
                    VALUES ?p { rdfs:label skos:altLabel }
                    ?e ?p ?text .
                    FILTER(isLiteral(?text))
                    BIND(LCASE(STR(?text)) AS ?t)
                    FILTER(CONTAINS(?t, ?q))
                    BIND(IF(?t = ?q, IF(?p = rdfs:label, 0, 1), IF(STRSTARTS(?t, ?q), 2, 3)) AS ?rank)
                    ?e rdfs:label ?label .
                    %3$s
                  }
                }
                GROUP BY ?e
                ORDER BY ?best LCASE(STR(?name)) ?e
                OFFSET %4$d LIMIT %5$d
              }
              GRAPH <%2$s> {
                OPTIONAL { ?e a ?class . FILTER(STRSTARTS(STR(?class), STR(att:))) }
                OPTIONAL { ?e skos:exactMatch ?wd . FILTER(STRSTARTS(STR(?wd), "%6$s")) }
                OPTIONAL { ?e att:country ?c . ?c rdfs:label ?countryName }
              }
            }
            GROUP BY ?e ?best ?name
            """;

    private final BoundedSelect select;

    public EntityLookup(BoundedSelect select) {
        this.select = select;
    }

    /**
     * The page of entities matching {@code name} from {@code offset} on, at most {@code size}.
     *
     * @param types attache class local names ("Person", "State"); empty for any entity
     * @throws IllegalArgumentException when the name is blank or longer than {@link #MAX_NAME},
     *         a type is no class name, or the page is out of bounds
     */
    public EntityMatches find(String name, Set<String> types, int offset, int size) {
        String needle = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            throw new IllegalArgumentException("no name to look up");
        }
        if (needle.length() > MAX_NAME) {
            throw new IllegalArgumentException("the name is longer than " + MAX_NAME + " characters");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("the offset must be 0–" + MAX_OFFSET + ", got " + offset);
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("the page size must be 1–" + MAX_PAGE + ", got " + size);
        }
        for (String type : types) {
            if (!CLASS_NAME.matcher(type).matches()) {
                throw new IllegalArgumentException("not a type name: '" + type + "' (Person, State, Organisation …)");
            }
        }
        String typeFilter = types.isEmpty() ? "" : "VALUES ?want { " + types.stream().sorted().map(t -> "att:" + t)
                .collect(Collectors.joining(" ")) + " } ?e a ?want .";
        String sparql = QUERY.formatted(Vocab.NS, Iris.ENTITIES_GRAPH, typeFilter, offset, size + 1, WIKIDATA);
        List<EntityMatch> out = new ArrayList<>();
        for (Binding row : select.rows(sparql, Map.of("q", NodeFactory.createLiteralString(needle)))) {
            out.add(match(row));
        }
        out.sort(Comparator.comparing(EntityMatch::kind).thenComparing(m -> m.label().toLowerCase(Locale.ROOT))
                .thenComparing(EntityMatch::iri));
        boolean more = out.size() > size;
        return new EntityMatches(more ? out.subList(0, size) : out, more);
    }

    private static EntityMatch match(Binding row) {
        Node wd = row.get("wikidata");
        Node country = row.get("country");
        Node classes = row.get("classes");
        List<String> types = classes == null || classes.getLiteralLexicalForm().isEmpty() ? List.of()
                : Arrays.stream(classes.getLiteralLexicalForm().split(" ")).map(c -> c.substring(Vocab.NS.length())).sorted().toList();
        int rank = Integer.parseInt(row.get("best").getLiteralLexicalForm());
        return new EntityMatch(row.get("e").getURI(), row.get("name").getLiteralLexicalForm(), MatchKind.values()[rank], types,
                wd == null ? "" : wd.getURI().substring(WIKIDATA.length()), country == null ? "" : country.getLiteralLexicalForm());
    }
}
