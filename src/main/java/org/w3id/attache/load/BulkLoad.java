package org.w3id.attache.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.attache.events.EventsGraph;
import org.w3id.attache.imports.EntityIdentities;
import org.w3id.attache.imports.ImportValidation;
import org.w3id.attache.mapping.Vocab;
import org.w3id.attache.store.Store;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;
import org.w3id.attache.wikidata.WikidataView;

/**
 * {@code attache load}: shards into the store through TDB2's bulk loader, all in one write
 * transaction, so a load that stops writes nothing. In order:
 * <ol>
 * <li>the shards are read on one thread and cut into runs of one graph ({@link RunSplitter});
 * each run is checked on a pool ({@link RunCheck}) and, in reading order, streamed into the
 * loader;</li>
 * <li>a run that fails the shapes before every entity is known is gathered again, whole, once
 * every shard is read, and judged again;</li>
 * <li>the entities and metadata, held in memory, are validated with the store as it will be and
 * written; entities sharing a Wikidata id are merged as {@code import} merges them;</li>
 * <li>the events graph and the Wikidata view are made again from every stored fact, and the
 * transaction commits; then the optimizer's statistics are written ({@link OptimizerStats}).</li>
 * </ol>
 * An invalid graph stops the load, or with {@link Builder#skipInvalid} is reported and left out
 * with its article's metadata. Loading the same shards again changes nothing.
 */
public final class BulkLoad {
    private final Store store;
    private final ShapesValidator validator;
    private final boolean skipInvalid;
    private final int threads;

    private BulkLoad(Builder b) {
        this.store = b.store;
        this.validator = b.validator;
        this.skipInvalid = b.skipInvalid;
        this.threads = b.threads;
    }

    public static Builder into(Store store) {
        return new Builder(store);
    }

    /** Loads {@code files}, all or (with {@code skipInvalid}) all the valid graphs, or nothing. */
    public LoadReport run(List<Path> files) {
        Dataset ds = store.dataset();
        DatasetGraph dsg = store.datasetGraph();
        boolean wasEmpty = Txn.calculateRead(ds, dsg::isEmpty);
        Map<String, Node> qidsBefore = Txn.calculateRead(ds, () -> EntityIdentities.byQid(dsg, SideData.ENTITIES));
        SideData side = new SideData();
        RunCheck check = new RunCheck(validator, side, wasEmpty ? null : ds);
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.basicLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        Written written = new Written();
        long quadsRead;
        long derived;
        int merged;
        try (ShardReader reader = new ShardReader(files, side, check, threads)) {
            StreamRDF dest = loader.stream();
            dest.start();
            for (RunCheck.Verdict v = reader.next(); v != null; v = reader.next()) {
                take(v, dest, written);
            }
            quadsRead = reader.quadsRead();
            derived = reader.derivedLeftOut();
            for (RunCheck.Verdict v : RunsAgain.gather(written.retry, check)) {
                take(v, dest, written);
            }
            written.invalid.keySet().stream().filter(written.sent::contains).forEach(g -> dsg.removeGraph(g));
            DatasetGraph entitiesAndMetadata = written.withoutArticlesOf(side.quads(), written.invalid.keySet());
            List<Violation> violations = ImportValidation.violations(validator, dsg, entitiesAndMetadata);
            if (!violations.isEmpty()) {
                throw invalid("the entities and metadata: " + violations.size() + " SHACL violation(s) in the store as it would be", violations);
            }
            entitiesAndMetadata.find().forEachRemaining(dest::quad);
            millis.put("read, check and write", (System.nanoTime() - start) / 1_000_000);
            long derive = System.nanoTime();
            Map<Node, Node> merges = EntityIdentities.mergeInPlace(dsg, SideData.ENTITIES, qidsBefore);
            merges.forEach((from, to) -> dsg.add(SideData.METADATA, from, OWL.sameAs.asNode(), to));
            merged = merges.size();
            EventsGraph.rebuild(dsg);
            store.replaceGraph(WikidataView.GRAPH, WikidataView.build(ds));
            dest.finish();
            loader.finishBulk();
            millis.put("events and Wikidata view", (System.nanoTime() - derive) / 1_000_000);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long stats = System.nanoTime();
        OptimizerStats.write(store);
        millis.put("optimizer statistics", (System.nanoTime() - stats) / 1_000_000);
        Map<String, String> invalid = new TreeMap<>();
        written.invalid.forEach((g, why) -> invalid.put(g.getURI(), why));
        return new LoadReport(files.size(), quadsRead, derived, written.loaded.size(), written.unchanged.size(), invalid, merged, millis);
    }

    private void take(RunCheck.Verdict v, StreamRDF dest, Written written) {
        Node g = v.run().graph();
        switch (v.outcome()) {
            case LOAD -> {
                v.run().quads().forEach(dest::quad);
                written.sent.add(g);
                written.loaded.add(g);
            }
            case UNCHANGED -> written.unchanged.add(g);
            case RETRY -> written.retry.computeIfAbsent(g, k -> new ArrayList<>()).add(v.run().file());
            case INVALID -> {
                if (!skipInvalid) {
                    throw invalid(v.why(), v.violations());
                }
                written.invalid.put(g, v.why());
                written.loaded.remove(g);
            }
        }
    }

    private static LoadException invalid(String why, List<Violation> violations) {
        StringBuilder b = new StringBuilder("nothing written: ").append(why);
        violations.stream().limit(20).forEach(v -> b.append("\n  ").append(v.line()));
        if (violations.size() > 20) {
            b.append("\n  … and ").append(violations.size() - 20).append(" more");
        }
        return new LoadException(b.toString());
    }

    /** What the load has done so far with each graph. */
    private static final class Written {
        final Set<Node> sent = new HashSet<>();
        final Set<Node> loaded = new HashSet<>();
        final Set<Node> unchanged = new HashSet<>();
        final Map<Node, List<Path>> retry = new LinkedHashMap<>();
        final Map<Node, String> invalid = new LinkedHashMap<>();

        /** The entities and metadata, without the metadata of articles whose graph was left out. */
        DatasetGraph withoutArticlesOf(DatasetGraph side, Set<Node> leftOut) {
            if (leftOut.isEmpty()) {
                return side;
            }
            Set<Node> articles = new HashSet<>();
            for (Node g : leftOut) {
                side.find(SideData.METADATA, Node.ANY, Vocab.graph.asNode(), g).forEachRemaining(q -> articles.add(q.getSubject()));
            }
            List<Quad> drop = new ArrayList<>();
            for (Node a : articles) {
                side.find(SideData.METADATA, a, Node.ANY, Node.ANY).forEachRemaining(drop::add);
            }
            drop.forEach(side::delete);
            return side;
        }
    }

    /** Validating builder: {@code BulkLoad.into(store).skipInvalid(true).build()}. */
    public static final class Builder {
        private final Store store;
        private ShapesValidator validator;
        private boolean skipInvalid;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

        private Builder(Store store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder validator(ShapesValidator v) {
            this.validator = Objects.requireNonNull(v, "validator");
            return this;
        }

        /** Leave invalid article graphs out (reported) instead of writing nothing. */
        public Builder skipInvalid(boolean skip) {
            this.skipInvalid = skip;
            return this;
        }

        /** Threads that check runs while the shards are read (at least 1). */
        public Builder checkThreads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("check threads must be at least 1, not " + n);
            }
            this.threads = n;
            return this;
        }

        public BulkLoad build() {
            if (validator == null) {
                validator = ShapesValidator.standard();
            }
            return new BulkLoad(this);
        }
    }
}
