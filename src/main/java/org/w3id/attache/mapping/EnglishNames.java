package org.w3id.attache.mapping;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Entity names are English and say so ({@code "Vladimir Putin"@en}, as on Wikidata). A name in the
 * entities graph given as a plain string (what attache wrote before it tagged them, or another
 * tool) is read as the English name it is, so that older exports import into newer stores.
 */
public final class EnglishNames {
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);

    private EnglishNames() {
    }

    /** {@code q} with its object tagged {@code @en} if it is an entity's rdfs:label or skos:altLabel as a plain string. */
    public static Quad of(Quad q) {
        Node o = q.getObject();
        boolean name = q.getPredicate().equals(RDFS.label.asNode()) || q.getPredicate().equals(SKOS.altLabel.asNode());
        if (q.getGraph().equals(ENTITIES) && name && o.isLiteral() && o.getLiteralLanguage().isEmpty()
                && o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
            return Quad.create(ENTITIES, q.getSubject(), q.getPredicate(), NodeFactory.createLiteralLang(o.getLiteralLexicalForm(), "en"));
        }
        return q;
    }
}
