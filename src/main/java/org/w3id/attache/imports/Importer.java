package org.w3id.attache.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.attache.mapping.EnglishNames;
import org.w3id.attache.mapping.Iris;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;

/**
 * {@code attache import}: RDF from another attache or any other tool, added to the store only
 * when every file parses and the whole of it passes the shapes. In order:
 * <ol>
 * <li>every file is parsed completely into memory (a syntax error anywhere stops everything), and
 * must keep to {@link ImportedValueRules} (http(s) article urls, no script links, headline and
 * outlet lengths);</li>
 * <li>triples outside a named graph go to {@code graph/import/{hash of the file}}; named graphs
 * keep their names (an attache article graph is named for its article already; a blank-node
 * graph name becomes an IRI under the file's); an events graph is left out, for it is derived from
 * the facts and the store makes its own as it writes them; an entity's name as a plain string is
 * its English name ({@link EnglishNames});</li>
 * <li>entities with the same Wikidata id as one already stored, or as another incoming one, are
 * merged into it ({@link EntityIdentities}), and {@code owl:sameAs} records the incoming IRI;</li>
 * <li>the store as it will be with the data is validated with the shapes, on every node the data
 * can change ({@link ImportValidation}); a graph the store already holds with other content is
 * refused;</li>
 * <li>everything, with one {@code att:Import} record per file in the metadata graph, is written
 * in one transaction.</li>
 * </ol>
 */
public final class Importer {
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node EVENTS = NodeFactory.createURI(Iris.EVENTS_GRAPH);
    private static final Node IMPORT = NodeFactory.createURI(Vocab.NS + "Import");
    private static final Node SOURCE_NAME = NodeFactory.createURI(Vocab.NS + "sourceName");
    private static final Node ACTIVITY = NodeFactory.createURI(Vocab.PROV + "Activity");
    private static final Node GENERATED = NodeFactory.createURI(Vocab.PROV + "generated");
    private static final Node ENDED = NodeFactory.createURI(Vocab.PROV + "endedAtTime");

    private final Store store;
    private final ShapesValidator validator;
    private final Clock clock;
    private final Iris iris;

    public Importer(Store store, ShapesValidator validator, Clock clock) {
        this(store, validator, clock, Iris.standard());
    }

    /** An importer that mints its own IRIs (the import run, the entities it merges) under {@code iris}' base. */
    public Importer(Store store, ShapesValidator validator, Clock clock, Iris iris) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.iris = iris;
    }

    /**
     * Imports {@code files}, all or nothing.
     *
     * @throws RdfSyntaxException if a file cannot be parsed (nothing is written)
     */
    public ImportOutcome run(List<Path> files) {
        DatasetGraph incoming = DatasetGraphFactory.create();
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            DatasetGraph parsed = RdfFileReader.read(file);
            Optional<String> breach = ImportedValueRules.firstBreach(file, parsed);
            if (breach.isPresent()) {
                return ImportOutcome.refused(breach.get(), List.of());
            }
            String hash = sha256(file);
            Node defaultGraphName = NodeFactory.createURI(Iris.GRAPH_BASE + "import/" + hash.substring(0, 16));
            Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::getURI));
            parsed.find().forEachRemaining(q -> {
                if (q.getGraph().equals(EVENTS)) {
                    return; // derived from the facts: the store makes its own
                }
                Node g = q.isDefaultGraph() ? defaultGraphName : q.getGraph();
                if (g.isBlank()) { // TriG allows a blank node as a graph's name; the store wants an IRI
                    g = NodeFactory.createURI(defaultGraphName.getURI() + "-" + Iris.hash(g.getBlankNodeLabel()).substring(0, 8));
                }
                graphs.add(g);
                incoming.add(EnglishNames.of(Quad.create(g, q.getSubject(), q.getPredicate(), q.getObject())));
            });
            sources.add(new Source(file.toString(), file.getFileName().toString(), hash, graphs));
        }
        return commit(store.read(ds -> plan(ds.asDatasetGraph(), incoming, sources)));
    }

    private Plan plan(DatasetGraph stored, DatasetGraph incoming, List<Source> sources) {
        EntityIdentities identities = EntityIdentities.find(stored, ENTITIES, incoming);
        DatasetGraph rewritten = identities.rewrite(incoming);

        List<String> unchanged = new ArrayList<>();
        for (Node g : graphNames(rewritten)) {
            if (g.equals(METADATA) || g.equals(ENTITIES) || !stored.containsGraph(g)) {
                continue;
            }
            if (!IsoMatcher.isomorphic(stored.getGraph(g), rewritten.getGraph(g))) {
                return Plan.refused("graph <" + g.getURI() + "> is already in the store with other content;"
                        + " remove its article first (attache remove URL) to replace it", List.of());
            }
            unchanged.add(g.getURI());
        }
        DatasetGraph data = unchanged.isEmpty() ? rewritten : withoutUnchangedArticles(rewritten, unchanged);

        List<Violation> violations = ImportValidation.violations(validator, stored, data);
        if (!violations.isEmpty()) {
            return Plan.refused(String.join(", ", sources.stream().map(Source::path).toList()) + ": " + violations.size()
                    + " SHACL violation(s) in the store as it would be with the import", violations);
        }
        identities.merges().forEach((from, to) -> data.add(METADATA, from, OWL.sameAs.asNode(), to));
        String now = clock.instant().toString();
        for (Source source : sources) {
            Node run = NodeFactory.createURI(iris.base() + "import/" + source.hash().substring(0, 16) + "-" + clock.millis());
            data.add(METADATA, run, RDF.type.asNode(), IMPORT);
            data.add(METADATA, run, RDF.type.asNode(), ACTIVITY);
            data.add(METADATA, run, SOURCE_NAME, NodeFactory.createLiteralString(source.name()));
            data.add(METADATA, run, Vocab.contentHash.asNode(), NodeFactory.createLiteralString(source.hash()));
            data.add(METADATA, run, ENDED, NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime));
            for (Node g : source.graphs()) {
                if (!unchanged.contains(g.getURI())) {
                    data.add(METADATA, run, GENERATED, g);
                }
            }
        }
        List<String> written = new ArrayList<>();
        graphNames(data).forEach(g -> written.add(g.getURI()));
        return new Plan(data, written, unchanged, identities.merges().size(), null, List.of());
    }

    /**
     * Drops the metadata of articles whose graph the store already holds unchanged, so that
     * re-importing a dump does not give an article a second ingest time.
     */
    private static DatasetGraph withoutUnchangedArticles(DatasetGraph data, List<String> unchanged) {
        Set<Node> articles = new HashSet<>();
        for (String g : unchanged) {
            data.find(METADATA, Node.ANY, Vocab.graph.asNode(), NodeFactory.createURI(g)).forEachRemaining(q -> articles.add(q.getSubject()));
        }
        DatasetGraph out = DatasetGraphFactory.create();
        data.find().forEachRemaining(q -> {
            boolean unchangedGraph = unchanged.contains(q.getGraph().getURI());
            boolean unchangedArticle = q.getGraph().equals(METADATA) && articles.contains(q.getSubject());
            if (!unchangedGraph && !unchangedArticle) {
                out.add(q);
            }
        });
        return out;
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        return names;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One imported file: as named on the command line, its file name (recorded), its hash and the graphs it fills. */
    private record Source(String path, String name, String hash, Set<Node> graphs) {
    }

    /** What to write, decided inside the read transaction; written by {@link #commit}. */
    private record Plan(DatasetGraph data, List<String> graphs, List<String> unchanged, int merged,
            String refusal, List<Violation> violations) {
        static Plan refused(String why, List<Violation> violations) {
            return new Plan(null, List.of(), List.of(), 0, why, violations);
        }
    }

    private ImportOutcome commit(Plan plan) {
        if (plan.refusal() != null) {
            return ImportOutcome.refused(plan.refusal(), plan.violations());
        }
        long quads = store.addQuads(plan.data());
        return new ImportOutcome(true, quads, plan.graphs(), plan.unchanged(), plan.merged(), null, List.of());
    }
}
