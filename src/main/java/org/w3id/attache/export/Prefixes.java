package org.w3id.attache.export;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.w3id.attache.mapping.Vocab;

/** The prefixes attache's dumps declare, so that TriG and Turtle stay readable. */
public final class Prefixes {
    private Prefixes() {
    }

    public static PrefixMap standard() {
        PrefixMap map = PrefixMapFactory.create();
        map.add("att", Vocab.NS);
        map.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.add("skos", Vocab.SKOS);
        map.add("schema", Vocab.SCHEMA);
        map.add("prov", Vocab.PROV);
        map.add("nif", Vocab.NIF);
        map.add("time", Vocab.TIME);
        map.add("wd", Vocab.WD);
        return map;
    }
}
