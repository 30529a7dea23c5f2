package org.w3id.attache.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.attache.mapping.OntologyFiles;
import org.w3id.attache.mapping.Vocab;

/**
 * Codes attache's facts in PLOVER with CAMEO alongside, following {@code event-codes.md} and the
 * codes the ontology gives each class:
 * <ul>
 * <li>visit: CONSULT, mode visit, CAMEO 042; meeting: CONSULT (mode multilateral with three or
 * more participants), CAMEO 040;</li>
 * <li>cooperation signed or ongoing: COOPERATE, CAMEO 062 (military) or 060; discussed, agreed,
 * planned, requested or not started: AGREE, CAMEO 0312 (military) or 030;</li>
 * <li>agreement signed or agreed: SUPPORT (diplomatic), CAMEO 057; otherwise AGREE as above;</li>
 * <li>arms transfer: AID (military), CAMEO 072; when the item is not military (the
 * {@code att:arms-non-military-aid} and {@code att:arms-goods} concepts), AID with no context and
 * CAMEO 073 (humanitarian aid) or 070 (aid, not specified), so that no civilian shipment is
 * counted as military aid;</li>
 * <li>statement: no PLOVER event (PLOVER dropped CAMEO 01), CAMEO 010;</li>
 * <li>anything in the future tense (announced visits, promised deliveries): AGREE, as PLOVER
 * codes intentions, with CAMEO 036 (intent to meet), 0332 (intent to give military aid) or
 * 0312/030 (intent to cooperate).</li>
 * </ul>
 * Contexts of cooperation come from the domain's {@code att:ploverContext} in the ontology.
 */
final class PloverCoding {
    private static final Property PLOVER_CONTEXT = ResourceFactory.createProperty(Vocab.NS + "ploverContext");
    private final Model ontology;

    private PloverCoding(Model ontology) {
        this.ontology = ontology;
    }

    /** Reads the ontology bundled with attache. */
    static PloverCoding standard() {
        return new PloverCoding(OntologyFiles.turtle(OntologyFiles.ONTOLOGY));
    }

    /**
     * The coding of a fact of class {@code type}, or empty for classes PLOVER records do not cover
     * (post holdings, attendance, delegations).
     *
     * @param participants how many participants a meeting has (ignored otherwise)
     * @param domain the cooperation domain concept, or null
     * @param status the agreement status concept, or null
     * @param item the arms category concept of an arms transfer, or null
     */
    Optional<PloverCode> code(Resource type, boolean future, int participants, Resource domain, Resource status, Resource item) {
        boolean military = Vocab.domainConcept("military").equals(domain);
        if (type.equals(Vocab.Visit)) {
            return Optional.of(future ? new PloverCode("AGREE", null, List.of("diplomatic"), "036")
                    : new PloverCode("CONSULT", "visit", List.of("diplomatic"), "042"));
        }
        if (type.equals(Vocab.Meeting)) {
            return Optional.of(future ? new PloverCode("AGREE", null, List.of("diplomatic"), "036")
                    : new PloverCode("CONSULT", participants > 2 ? "multilateral" : null, List.of("diplomatic"), "040"));
        }
        if (type.equals(Vocab.Agreement) || type.equals(Vocab.Cooperation)) {
            boolean agreement = type.equals(Vocab.Agreement);
            String name = status == null ? "" : status.getURI().substring((Vocab.NS + "status-").length());
            List<String> contexts = domainContexts(domain, agreement);
            if (!future && agreement && (name.equals("signed") || name.equals("agreed"))) {
                return Optional.of(new PloverCode("SUPPORT", null, contexts, "057"));
            }
            if (!future && !agreement && (name.equals("signed") || name.equals("ongoing"))) {
                return Optional.of(new PloverCode("COOPERATE", null, contexts, military ? "062" : "060"));
            }
            return Optional.of(new PloverCode("AGREE", null, contexts, military ? "0312" : "030"));
        }
        if (type.equals(Vocab.ArmsTransfer) && Vocab.armsConcept("non-military-aid").equals(item)) {
            return Optional.of(new PloverCode(future ? "AGREE" : "AID", null, List.of(), future ? "030" : "073"));
        }
        if (type.equals(Vocab.ArmsTransfer) && Vocab.armsConcept("goods").equals(item)) {
            return Optional.of(new PloverCode(future ? "AGREE" : "AID", null, List.of(), future ? "030" : "070"));
        }
        if (type.equals(Vocab.ArmsTransfer)) {
            return Optional.of(future ? new PloverCode("AGREE", null, List.of("military"), "0332")
                    : new PloverCode("AID", null, List.of("military"), "072"));
        }
        if (type.equals(Vocab.Statement)) {
            return Optional.of(new PloverCode(null, null, List.of(), "010"));
        }
        return Optional.empty();
    }

    /** "diplomatic" for agreements, then the domain's PLOVER context, if the ontology gives one. */
    private List<String> domainContexts(Resource domain, boolean agreement) {
        List<String> contexts = new ArrayList<>();
        if (agreement) {
            contexts.add("diplomatic");
        }
        if (domain != null) {
            ontology.listObjectsOfProperty(ontology.createResource(domain.getURI()), PLOVER_CONTEXT)
                    .forEachRemaining(c -> {
                        String context = c.asLiteral().getString();
                        if (!contexts.contains(context)) {
                            contexts.add(context);
                        }
                    });
        }
        return contexts;
    }
}
