package org.w3id.attache.web;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.attache.store.Store;

/** The hand-written fixture {@code src/test/resources/web/site.trig} (see its comments) in an in-memory store. */
public final class WebFixture {
    public static final Path FILE = Path.of("src/test/resources/web/site.trig");
    public static final String BASE = "https://w3id.org/attache/id/";

    private WebFixture() {
    }

    /** How many times {@code regex} matches in {@code text}. */
    public static int count(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    public static Store store() {
        Store store = Store.inMemory();
        store.addQuads(RDFDataMgr.loadDatasetGraph(FILE.toString()));
        return store;
    }
}
