package org.w3id.attache.link;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.attache.serve.SparqlServer;

/** An embedded Fuseki on a free port serving the Wikidata-shaped fixture {@code src/test/resources/wikidata/endpoint.ttl}. */
public final class WikidataFixture implements AutoCloseable {
    public static final Path DIR = Path.of("src/test/resources/wikidata");

    private final SparqlServer server;

    public WikidataFixture() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, DIR.resolve("endpoint.ttl").toString());
        server = SparqlServer.create().dataset(dsg).port(0).build().start();
    }

    public String endpoint() {
        return server.sparqlUrl();
    }

    @Override
    public void close() {
        server.close();
    }
}
