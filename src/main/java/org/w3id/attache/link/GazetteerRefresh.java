package org.w3id.attache.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.attache.intake.InputException;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * Refreshes gazetteer entries ({@code gazetteer/entities.tsv} lines) from a Wikidata SPARQL
 * endpoint for a list of item ids or classes: English label, aliases, type (from P31) and
 * country (P17 or P27, mapped to its ISO code through the verified country ids of
 * {@code countries.tsv}). Items of a class the gazetteer has no type for are skipped and
 * reported. The list file has one entry a line: {@code Q7747} (an item) or {@code class Q5}
 * (every item of the class, at most {@link #CLASS_LIMIT}); {@code #} starts a comment.
 */
public final class GazetteerRefresh {
    public static final int CLASS_LIMIT = 500;

    private static final Map<String, String> TYPES = Map.of(
            "Q5", "person", "Q6256", "state", "Q3624078", "state", "Q515", "city", "Q5119", "city",
            "Q192283", "media-outlet", "Q7278", "political-party", "Q25424534", "military-junta");

    /** One refreshed gazetteer line, in {@code entities.tsv} column order. */
    public record Entry(String type, String label, List<String> aliases, String country, String qid) {
        public String tsv(String note) {
            return String.join("\t", type, label, String.join("|", aliases), country, qid, note);
        }
    }

    /** What a refresh found: the entries, and the ids it could not make an entry of (with why). */
    public record Result(List<Entry> entries, Map<String, String> skipped) {
    }

    private final SparqlClient client;
    private final Map<String, String> isoByQid = new HashMap<>();

    public GazetteerRefresh(SparqlClient client, Gazetteer gazetteer) {
        this.client = client;
        for (Entity e : gazetteer.entities()) {
            if (e.type() == EntityType.STATE && !e.wikidata().isEmpty()) {
                isoByQid.put(e.wikidata(), e.country());
            }
        }
    }

    /** Reads a list file: item ids and classes. Bad lines are an {@link InputException} naming file and line. */
    public static List<String> readList(Path file) throws IOException, InputException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.matches("(class\\s+)?Q[1-9][0-9]*")) {
                throw new InputException(file + ":" + (i + 1), "expected a Wikidata item id (Q7747) or 'class Q5', got '" + line + "'");
            }
            out.add(line.replaceAll("\\s+", " "));
        }
        if (out.isEmpty()) {
            throw new InputException(file.toString(), "lists no item ids or classes");
        }
        return out;
    }

    /** Fetches the entries for the listed items and classes. */
    public Result fetch(List<String> list) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        List<String> items = list.stream().filter(s -> !s.startsWith("class ")).toList();
        for (int i = 0; i < items.size(); i += CandidateLookup.BATCH) {
            String values = items.subList(i, Math.min(items.size(), i + CandidateLookup.BATCH)).stream()
                    .map(q -> "wd:" + q).collect(Collectors.joining(" "));
            collect(client.select(query("VALUES ?item { " + values + " }")), entries, skipped);
            items.subList(i, Math.min(items.size(), i + CandidateLookup.BATCH)).stream()
                    .filter(q -> !entries.containsKey(q)).forEach(q -> skipped.putIfAbsent(q, "no item with an English label"));
        }
        for (String c : list.stream().filter(s -> s.startsWith("class ")).toList()) {
            String cls = c.substring(6);
            collect(client.select(query("{ SELECT DISTINCT ?item WHERE { ?item wdt:P31 wd:" + cls + " } LIMIT " + CLASS_LIMIT + " }")),
                    entries, skipped);
        }
        return new Result(List.copyOf(entries.values()), skipped);
    }

    private void collect(List<Map<String, RDFNode>> rows, Map<String, Entry> entries, Map<String, String> skipped) {
        for (Map<String, RDFNode> row : rows) {
            String qid = CandidateLookup.qid(row.get("item").asResource().getURI());
            Set<String> types = words(row, "types");
            String type = types.stream().filter(TYPES::containsKey).map(TYPES::get).sorted().findFirst().orElse(null);
            if (type == null) {
                skipped.put(qid, "its classes (" + String.join(" ", types) + ") have no gazetteer type");
                continue;
            }
            String label = row.get("label").asLiteral().getLexicalForm();
            String country = type.equals("state") ? isoByQid.getOrDefault(qid, "")
                    : words(row, "countries").stream().map(isoByQid::get).filter(iso -> iso != null).sorted().findFirst().orElse("");
            List<String> aliases = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(text(row, "aliases").split("\\|"))
                    .map(String::strip).filter(a -> !a.isEmpty() && !a.equals(label) && !a.contains("\t")).sorted().toList()));
            entries.put(qid, new Entry(type, label, aliases, country, qid));
        }
    }

    /**
     * The lines of an {@code entities.tsv} with the entries merged in: a line with an entry's id
     * gains the entry's new aliases (and its country when it had none), keeping its own type,
     * label and note; entries no line has are appended with {@code note}.
     */
    public static List<String> merge(List<String> lines, List<Entry> entries, String note) {
        Map<String, Entry> byQid = new LinkedHashMap<>();
        entries.forEach(e -> byQid.put(e.qid(), e));
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            Entry e = line.startsWith("#") || c.length < 5 ? null : byQid.remove(c[4].strip());
            if (e == null) {
                out.add(line);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(Arrays.stream(c[2].split("\\|")).filter(a -> !a.isBlank()).toList());
            e.aliases().stream().filter(a -> !a.equals(c[1].strip())).forEach(aliases::add);
            c[2] = String.join("|", aliases);
            if (c[3].isBlank()) {
                c[3] = e.country();
            }
            out.add(String.join("\t", c));
        }
        byQid.values().forEach(e -> out.add(e.tsv(note)));
        return out;
    }

    static String query(String items) {
        return """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?item (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases)
                       (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
                       (GROUP_CONCAT(DISTINCT STR(?country); separator=" ") AS ?countries)
                WHERE {
                  %s
                  ?item rdfs:label ?l . FILTER(LANG(?l) = "en")
                  OPTIONAL { ?item skos:altLabel ?alias . FILTER(LANG(?alias) = "en") }
                  OPTIONAL { ?item wdt:P31 ?type }
                  OPTIONAL { ?item wdt:P17|wdt:P27 ?country }
                }
                GROUP BY ?item ORDER BY ?item
                """.formatted(items);
    }

    private static String text(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        return n == null ? "" : n.asLiteral().getLexicalForm();
    }

    private static Set<String> words(Map<String, RDFNode> row, String var) {
        return Arrays.stream(text(row, var).split("\\s+")).filter(s -> !s.isEmpty()).map(CandidateLookup::qid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
