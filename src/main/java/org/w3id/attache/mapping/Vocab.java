package org.w3id.attache.mapping;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the attache ontology ({@code ontology/attache.ttl}) that the pipeline writes. */
public final class Vocab {
    public static final String NS = "https://w3id.org/attache/ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String WD = "http://www.wikidata.org/entity/";

    private Vocab() {
    }

    private static Resource c(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // actors and places
    public static final Resource Person = c("Person");
    public static final Resource State = c("State");
    public static final Resource Organisation = c("Organisation");
    public static final Resource GovernmentBody = c("GovernmentBody");
    public static final Resource ArmedForces = c("ArmedForces");
    public static final Resource MilitaryJunta = c("MilitaryJunta");
    public static final Resource PoliticalParty = c("PoliticalParty");
    public static final Resource Company = c("Company");
    public static final Resource MediaOutlet = c("MediaOutlet");
    public static final Resource InternationalOrganisation = c("InternationalOrganisation");
    public static final Resource Place = c("Place");
    public static final Resource City = c("City");
    public static final Resource Region = c("Region");
    public static final Resource Post = c("Post");
    public static final Resource Group = c("Group");

    // facts
    public static final Resource Fact = c("Fact");
    public static final Resource Visit = c("Visit");
    public static final Resource Meeting = c("Meeting");
    public static final Resource PostHolding = c("PostHolding");
    public static final Resource Cooperation = c("Cooperation");
    public static final Resource Agreement = c("Agreement");
    public static final Resource ArmsTransfer = c("ArmsTransfer");
    public static final Resource Statement = c("Statement");
    public static final Resource Attendance = c("Attendance");
    public static final Resource Delegation = c("Delegation");
    public static final Resource Ceremony = c("Ceremony");

    // articles, runs, provenance
    public static final Resource Article = c("Article");
    public static final Resource IngestRun = c("IngestRun");
    public static final Resource TextSpan = c("TextSpan");
    public static final Resource EntityLink = c("EntityLink");

    // roles
    public static final Property visitor = p("visitor");
    public static final Property destination = p("destination");
    public static final Property host = p("host");
    public static final Property participant = p("participant");
    public static final Property topic = p("topic");
    public static final Property holder = p("holder");
    public static final Property post = p("post");
    public static final Property organisation = p("organisation");
    public static final Property titleText = p("titleText");
    public static final Property holdingStatus = p("holdingStatus");
    public static final Property party = p("party");
    public static final Property counterparty = p("counterparty");
    public static final Property domain = p("domain");
    public static final Property agreementStatus = p("agreementStatus");
    public static final Property supplier = p("supplier");
    public static final Property recipient = p("recipient");
    public static final Property item = p("item");
    public static final Property itemText = p("itemText");
    public static final Property speaker = p("speaker");
    public static final Property medium = p("medium");
    public static final Property content = p("content");
    public static final Property quote = p("quote");
    public static final Property attendee = p("attendee");
    public static final Property attendedEvent = p("attendedEvent");
    public static final Property leader = p("leader");
    public static final Property member = p("member");
    public static final Property country = p("country");
    public static final Property capital = p("capital");

    // time, factuality, provenance on every fact
    public static final Property date = p("date");
    public static final Property datePrecision = p("datePrecision");
    public static final Property earliest = p("earliest");
    public static final Property latest = p("latest");
    public static final Property certainty = p("certainty");
    public static final Property polarity = p("polarity");
    public static final Property tense = p("tense");
    public static final Property hedge = p("hedge");
    public static final Property hedged = p("hedged");
    public static final Property attributedTo = p("attributedTo");
    public static final Property article = p("article");
    public static final Property rule = p("rule");
    public static final Property extractorVersion = p("extractorVersion");
    public static final Property evidence = p("evidence");
    public static final Property mentions = p("mentions");
    public static final Property graph = p("graph");
    public static final Property contentHash = p("contentHash");
    public static final Property outlet = p("outlet");
    public static final Property ingestedAt = p("ingestedAt");
    public static final Property factCount = p("factCount");

    // events merged across reports, and tenures (the events graph)
    public static final Resource MergedEvent = c("MergedEvent");
    public static final Resource Tenure = c("Tenure");
    public static final Property eventType = p("eventType");
    public static final Property mergeKey = p("mergeKey");
    public static final Property reportedBy = p("reportedBy");
    public static final Property involves = p("involves");
    public static final Property place = p("place");
    public static final Property occasion = p("occasion");
    public static final Property eventDate = p("eventDate");
    public static final Property firstDay = p("firstDay");
    public static final Property lastDay = p("lastDay");
    public static final Property reportedDate = p("reportedDate");
    public static final Property dateConflict = p("dateConflict");
    public static final Property firstReported = p("firstReported");
    public static final Property lastReported = p("lastReported");
    public static final Property sourceCount = p("sourceCount");
    public static final Property outletCount = p("outletCount");
    public static final Property strongestCertainty = p("strongestCertainty");
    public static final Property weakestCertainty = p("weakestCertainty");
    public static final Property tenureHolder = p("tenureHolder");
    public static final Property tenurePost = p("tenurePost");
    public static final Property tenureOrganisation = p("tenureOrganisation");
    public static final Property tenureStatus = p("tenureStatus");
    public static final Property tenureStart = p("tenureStart");
    public static final Property tenureEnd = p("tenureEnd");

    // tallies of the events that relate two parties (the events graph), read by the relations view
    public static final Resource RelationTally = c("RelationTally");
    public static final Property firstParty = p("firstParty");
    public static final Property secondParty = p("secondParty");
    public static final Property tallyKind = p("tallyKind");
    public static final Property withPeople = p("withPeople");
    public static final Property tallyLevel = p("tallyLevel");
    public static final Property firstYear = p("firstYear");
    public static final Property lastYear = p("lastYear");
    public static final Property firstMonth = p("firstMonth");
    public static final Property lastMonth = p("lastMonth");
    public static final Property eventCount = p("eventCount");
    public static final Property tallies = p("tallies");

    // links to Wikidata
    public static final Property linkedEntity = p("linkedEntity");
    public static final Property linkTarget = p("linkTarget");
    public static final Property linkMethod = p("linkMethod");
    public static final Property linkScore = p("linkScore");
    public static final Property linkEndpoint = p("linkEndpoint");

    // controlled values (SKOS concepts declared in the ontology)
    public static final Resource certain = c("certain");
    public static final Resource probable = c("probable");
    public static final Resource possible = c("possible");
    public static final Resource positive = c("positive");
    public static final Resource negative = c("negative");
    public static final Resource past = c("past");
    public static final Resource future = c("future");
    public static final Resource current = c("current");
    public static final Resource former = c("former");
    public static final Resource allTime = c("allTime");
    public static final Resource yearly = c("yearly");
    public static final Resource monthly = c("monthly");

    /** A domain concept such as {@code att:domain-military}. */
    public static Resource domainConcept(String name) {
        return c("domain-" + name);
    }

    /** An agreement status concept such as {@code att:status-signed}. */
    public static Resource statusConcept(String name) {
        return c("status-" + name);
    }

    /** An arms category concept such as {@code att:arms-fighter-aircraft}. */
    public static Resource armsConcept(String name) {
        return c("arms-" + name);
    }
}
