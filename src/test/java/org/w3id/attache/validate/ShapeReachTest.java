package org.w3id.attache.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.Test;
import org.w3id.attache.mapping.Vocab;

/** {@link ShapeReach}: what attache's shapes read beyond the node they judge, and when that is anything. */
class ShapeReachTest {
    @Test
    void attachesShapesReachBeyondTheFocusOnlyInTheTextSpanAndDateConstraints() {
        ShapeReach reach = ShapesValidator.standard().reach();
        assertFalse(reach.anyPredicate(), reach::toString);
        assertTrue(reach.reaches(NodeFactory.createURI(Vocab.NIF + "isString")), reach::toString);
        assertTrue(reach.reaches(NodeFactory.createURI(Vocab.NIF + "referenceContext")), reach::toString);
        for (String own : new String[] {"http://www.w3.org/2000/01/rdf-schema#label", Vocab.SCHEMA + "headline",
            Vocab.SCHEMA + "url", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}) {
            assertFalse(reach.reaches(NodeFactory.createURI(own)), own + " is read only on the node judged");
        }
    }

    @Test
    void sequencePathsReachTheirLaterStepsAndNestedShapesReachAnything() {
        String prefixes = "PREFIX sh: <http://www.w3.org/ns/shacl#>\nPREFIX ex: <https://example.org/>\n";
        ShapeReach sequence = reach(prefixes + "ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:a ex:b ex:c ) ; sh:maxCount 1 ] .");
        assertFalse(sequence.anyPredicate());
        assertFalse(sequence.reaches(NodeFactory.createURI("https://example.org/a")));
        assertTrue(sequence.reaches(NodeFactory.createURI("https://example.org/b")) && sequence.reaches(NodeFactory.createURI("https://example.org/c")));
        assertTrue(reach(prefixes + "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:a ; sh:node ex:T ] .").anyPredicate());
        assertTrue(reach(prefixes + "ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:a ] ; sh:maxCount 1 ] .").anyPredicate());
    }

    private static ShapeReach reach(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(turtle), null, "TTL");
        return ShapeReach.of(m.getGraph(), PrefixMapFactory.create(m.getNsPrefixMap()));
    }
}
