package org.w3id.attache.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.attache.validate.ShapesValidator;
import org.w3id.attache.validate.Violation;

/**
 * The shapes of the events graph ({@code atts:MergedEventShape}, {@code atts:TenureShape}) accept
 * a merged event and a tenure written as the events graph writes them, and catch what a broken
 * writer could get wrong. Only the event and the tenure are judged: the facts they point to are
 * stubs (their own shapes are {@link OntologyTest}'s business).
 */
class EventShapesTest {
    static final String ID = "https://w3id.org/attache/id/";
    static final Node EVENT = NodeFactory.createURI(ID + "merged/visit/0123456789abcdef");
    static final Node TENURE = NodeFactory.createURI(ID + "tenure/fedcba9876543210");
    static final Set<Node> JUDGED = Set.of(EVENT, TENURE);

    /** A visit two articles of two outlets report, dated alike, and a tenure two post holdings report. */
    static final String DATA = """
            PREFIX att: <https://w3id.org/attache/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/attache/id/>
            id:person\\/sergei-lavrov a att:Person ; rdfs:label "Sergei Lavrov" .
            id:state\\/myanmar a att:State ; rdfs:label "Myanmar" .
            id:place\\/naypyidaw a att:City ; rdfs:label "Naypyidaw" ; att:country id:state\\/myanmar .
            id:post\\/russia\\/foreign-minister a att:Post ; rdfs:label "foreign minister" .
            id:fact\\/aaaa\\/1 a att:Visit .
            id:fact\\/bbbb\\/2 a att:Visit .
            id:fact\\/aaaa\\/3 a att:PostHolding .
            id:fact\\/bbbb\\/4 a att:PostHolding .

            id:merged\\/visit\\/0123456789abcdef a att:MergedEvent ;
                att:eventType att:Visit ;
                att:mergeKey "visit|wd:Q172865|wd:Q836" ;
                att:involves id:person\\/sergei-lavrov , id:state\\/myanmar ;
                att:place id:place\\/naypyidaw ;
                att:eventDate "2025-04-07"^^xsd:date ;
                att:firstDay "2025-04-07"^^xsd:date ;
                att:lastDay "2025-04-07"^^xsd:date ;
                att:dateConflict false ;
                att:reportedBy id:fact\\/aaaa\\/1 , id:fact\\/bbbb\\/2 ;
                att:firstReported "2025-04-07"^^xsd:date ;
                att:lastReported "2025-04-09"^^xsd:date ;
                att:sourceCount 2 ;
                att:outletCount 2 ;
                att:strongestCertainty att:certain ;
                att:weakestCertainty att:probable .

            id:tenure\\/fedcba9876543210 a att:Tenure ;
                att:mergeKey "tenure|wd:Q172865" ;
                att:tenureHolder id:person\\/sergei-lavrov ;
                att:tenurePost id:post\\/russia\\/foreign-minister ;
                att:reportedBy id:fact\\/aaaa\\/3 , id:fact\\/bbbb\\/4 ;
                att:firstReported "2025-04-07"^^xsd:date ;
                att:lastReported "2025-04-09"^^xsd:date ;
                att:tenureStatus att:current ;
                att:tenureStart "2004-03"^^xsd:gYearMonth .
            """;

    static final ShapesValidator SHAPES = ShapesValidator.standard();

    @Test
    void aWellFormedEventAndTenureConform() {
        assertEquals(List.of(), SHAPES.validate(data(), JUDGED));
    }

    /** The brief's two breakages: no report at all, and a count of no articles. */
    @Test
    void anEventWithNoReportAndNoSourcesFails() {
        Graph data = data();
        data.remove(EVENT, uri(Vocab.reportedBy), Node.ANY);
        replace(data, EVENT, Vocab.sourceCount, integer(0));
        List<Violation> found = SHAPES.validate(data, JUDGED);
        assertEquals(Set.of("att:reportedBy", "att:sourceCount", "att:outletCount"), paths(found, EVENT), () -> lines(found));
        assertEquals(Set.of(EVENT), focus(found), () -> lines(found));
    }

    @Test
    void cardinalitiesKindsAndDatesOfAnEventAreChecked() {
        Graph data = data();
        // a second kind; a statement is no kind of merged event
        data.add(Triple.create(EVENT, uri(Vocab.eventType), uri(Vocab.Statement)));
        // a date written as a plain string, and no last day for it
        replace(data, EVENT, Vocab.eventDate, NodeFactory.createLiteralString("2025-04"));
        data.remove(EVENT, uri(Vocab.lastDay), Node.ANY);
        // dates listed while the reports agree
        data.add(Triple.create(EVENT, uri(Vocab.reportedDate), NodeFactory.createLiteralDT("2025-04-08", XSDDatatype.XSDdate)));
        // no certainty, and a first report after the last
        data.remove(EVENT, uri(Vocab.weakestCertainty), Node.ANY);
        replace(data, EVENT, Vocab.firstReported, NodeFactory.createLiteralDT("2025-04-10", XSDDatatype.XSDdate));
        List<Violation> found = SHAPES.validate(data, JUDGED);
        assertEquals(Set.of(EVENT), focus(found), () -> lines(found));
        assertEquals(Set.of("att:eventType", "att:eventDate", "att:firstReported", "att:weakestCertainty"),
                paths(found, EVENT), () -> lines(found));
        // the two node-level constraints: a date needs its last day, reported dates need a conflict
        assertEquals(2, found.stream().filter(v -> v.path().isEmpty()).count(), () -> lines(found));
    }

    @Test
    void aPlaceBelongsToVisitsAndAnOccasionToAttendance() {
        Graph data = data();
        replace(data, EVENT, Vocab.eventType, uri(Vocab.Meeting));
        data.add(Triple.create(EVENT, uri(Vocab.occasion), NodeFactory.createURI(ID + "event/aaaa/parade")));
        List<Violation> found = SHAPES.validate(data, JUDGED);
        assertEquals(Set.of(EVENT), focus(found), () -> lines(found));
        // the occasion is no ceremony; neither setting suits a meeting
        assertEquals(Set.of("att:occasion"), paths(found, EVENT), () -> lines(found));
        assertEquals(2, found.stream().filter(v -> v.path().isEmpty()).count(), () -> lines(found));
    }

    @Test
    void aTenureHasOneHolderOnePostAStatusAndPostHoldingReports() {
        Graph data = data();
        data.add(Triple.create(TENURE, uri(Vocab.tenureHolder), NodeFactory.createURI(ID + "state/myanmar")));
        data.remove(TENURE, uri(Vocab.tenureStatus), Node.ANY);
        data.add(Triple.create(TENURE, uri(Vocab.reportedBy), NodeFactory.createURI(ID + "fact/aaaa/1")));
        data.remove(TENURE, uri(Vocab.lastReported), Node.ANY);
        List<Violation> found = SHAPES.validate(data, JUDGED);
        assertEquals(Set.of(TENURE), focus(found), () -> lines(found));
        assertEquals(Set.of("att:tenureHolder", "att:tenureStatus", "att:reportedBy", "att:lastReported"),
                paths(found, TENURE), () -> lines(found));
    }

    // ---- helpers ---------------------------------------------------------------------------

    static Graph data() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(DATA), null, "TTL");
        return m.getGraph();
    }

    static void replace(Graph g, Node s, Resource p, Node o) {
        g.remove(s, uri(p), Node.ANY);
        g.add(Triple.create(s, uri(p), o));
    }

    static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    static Node uri(Resource r) {
        return NodeFactory.createURI(r.getURI());
    }

    static Set<Node> focus(List<Violation> found) {
        return found.stream().map(v -> v.focus().equals("<" + EVENT.getURI() + ">") ? EVENT
                : v.focus().equals("<" + TENURE.getURI() + ">") ? TENURE : NodeFactory.createURI(v.focus()))
                .collect(Collectors.toSet());
    }

    static Set<String> paths(List<Violation> found, Node focus) {
        return found.stream().filter(v -> v.focus().equals("<" + focus.getURI() + ">") && !v.path().isEmpty())
                .map(Violation::path).collect(Collectors.toCollection(TreeSet::new));
    }

    static String lines(List<Violation> found) {
        return found.stream().map(Violation::line).collect(Collectors.joining("\n"));
    }
}
