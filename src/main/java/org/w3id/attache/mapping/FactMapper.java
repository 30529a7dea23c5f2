package org.w3id.attache.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.attache.extract.Fact;
import org.w3id.attache.intake.Article;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;

/**
 * Maps an article and its facts to RDF under the attache ontology ({@code ontology/README.md}).
 * It remembers the article it is mapping, so one mapper serves one thread.
 */
public final class FactMapper {
    public static final String EXTRACTOR_VERSION = "attache " + version();

    private static final Map<EntityType, Resource> CLASSES = Map.ofEntries(
            Map.entry(EntityType.PERSON, Vocab.Person), Map.entry(EntityType.STATE, Vocab.State),
            Map.entry(EntityType.CITY, Vocab.City), Map.entry(EntityType.REGION, Vocab.Region),
            Map.entry(EntityType.PLACE, Vocab.Place), Map.entry(EntityType.GOVERNMENT_BODY, Vocab.GovernmentBody),
            Map.entry(EntityType.ARMED_FORCES, Vocab.ArmedForces), Map.entry(EntityType.MILITARY_JUNTA, Vocab.MilitaryJunta),
            Map.entry(EntityType.POLITICAL_PARTY, Vocab.PoliticalParty), Map.entry(EntityType.COMPANY, Vocab.Company),
            Map.entry(EntityType.MEDIA_OUTLET, Vocab.MediaOutlet), Map.entry(EntityType.INTERNATIONAL_ORG, Vocab.InternationalOrganisation),
            Map.entry(EntityType.ARMED_GROUP, Vocab.Organisation), Map.entry(EntityType.ORGANISATION, Vocab.Organisation),
            Map.entry(EntityType.GROUP, Vocab.Group), Map.entry(EntityType.EVENT, Vocab.Ceremony));

    private final Iris iris;
    private final Gazetteer gazetteer;
    private String articleKey = "";

    public FactMapper(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    private static String version() {
        String v = FactMapper.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The graphs for one article. */
    public ArticleGraphs map(AnalysedArticle doc, List<Fact> facts) {
        Article article = doc.article();
        String key = article.key();
        articleKey = key;
        Model g = ModelFactory.createDefaultModel();
        Model entities = ModelFactory.createDefaultModel();
        Resource art = g.createResource(iris.article(key));
        String body = article.body();
        g.createResource(iris.context(key))
                .addProperty(RDF.type, g.createResource(Vocab.NIF + "Context"))
                .addProperty(g.createProperty(Vocab.NIF + "isString"), body)
                .addProperty(g.createProperty(Vocab.NIF + "sourceUrl"), g.createResource(article.url()));
        doc.mentions().stream().map(m -> m.entity()).distinct().forEach(e -> entity(entities, e));
        int count = 0;
        for (Fact f : facts) {
            writeFact(g, entities, doc, key, art, f);
            count++;
        }
        entities.listSubjects().filterDrop(r -> r.hasProperty(RDF.type, Vocab.Post) || r.hasProperty(RDF.type, Vocab.EntityLink)).toList()
                .forEach(r -> art.addProperty(Vocab.mentions, g.createResource(r.getURI())));
        Model meta = metadata(article, key, count);
        return new ArticleGraphs(article.url(), key, Iris.articleGraph(key), g, meta, entities, count);
    }

    private Model metadata(Article article, String key, int count) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iris.article(key))
                .addProperty(RDF.type, Vocab.Article)
                .addProperty(RDF.type, m.createResource(Vocab.SCHEMA + "NewsArticle"))
                .addLiteral(m.createProperty(Vocab.SCHEMA + "url"), m.createTypedLiteral(article.url(), XSDDatatype.XSDanyURI))
                .addProperty(m.createProperty(Vocab.SCHEMA + "headline"), article.title())
                .addLiteral(m.createProperty(Vocab.SCHEMA + "datePublished"), m.createTypedLiteral(article.published().toString(), XSDDatatype.XSDdate))
                .addProperty(Vocab.outlet, article.outlet())
                .addProperty(Vocab.graph, m.createResource(Iris.articleGraph(key)))
                .addProperty(Vocab.contentHash, article.contentHash())
                .addProperty(Vocab.extractorVersion, EXTRACTOR_VERSION)
                .addLiteral(Vocab.factCount, m.createTypedLiteral(count))
                .addLiteral(Vocab.ingestedAt, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        return m;
    }

    /**
     * Declares an entity in the entities model and returns its resource. An event ("the
     * ceremony") is the article's own; every other entity is shared across articles.
     */
    Resource entity(Model m, Entity e) {
        Resource r = m.createResource(e.type() == EntityType.EVENT ? iris.event(articleKey, e.label()) : iris.entity(e));
        r.addProperty(RDF.type, CLASSES.get(e.type()));
        r.addProperty(RDFS.label, e.label(), "en");
        if (!e.wikidata().isEmpty()) {
            WikidataLink.fromGazetteer(e.wikidata()).writeOn(m, r);
        }
        if (!e.country().isEmpty() && e.type() != EntityType.STATE) {
            gazetteer.country(e.country()).ifPresent(c -> r.addProperty(Vocab.country, entity(m, c)));
        }
        if (e.type() == EntityType.STATE && !e.capital().isEmpty()) {
            gazetteer.entity(e.capital()).filter(c -> c.type() == EntityType.CITY)
                    .ifPresent(c -> r.addProperty(Vocab.capital, m.createResource(iris.entity(c))));
        }
        return r;
    }

    private void writeFact(Model g, Model entities, AnalysedArticle doc, String key, Resource art, Fact f) {
        String signature = f.ruleId() + "|" + f.sentence() + "|" + f.roles() + "|" + f.values() + "|" + f.date();
        Resource fact = g.createResource(iris.fact(key, signature));
        fact.addProperty(RDF.type, factClass(f));
        String body = doc.article().body();
        int b = body.codePointCount(0, doc.sentenceBegin(f.sentence()));
        int e = b + body.codePointCount(doc.sentenceBegin(f.sentence()), doc.sentenceEnd(f.sentence()));
        Resource span = g.createResource(iris.span(key, b, e))
                .addProperty(RDF.type, Vocab.TextSpan)
                .addProperty(RDF.type, g.createResource(Vocab.NIF + "OffsetBasedString"))
                .addLiteral(g.createProperty(Vocab.NIF + "beginIndex"), g.createTypedLiteral(String.valueOf(b), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(g.createProperty(Vocab.NIF + "endIndex"), g.createTypedLiteral(String.valueOf(e), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(g.createProperty(Vocab.NIF + "anchorOf"), doc.sentenceText(f.sentence()))
                .addProperty(g.createProperty(Vocab.NIF + "referenceContext"), g.createResource(iris.context(key)));
        fact.addProperty(Vocab.article, art)
                .addProperty(Vocab.evidence, span)
                .addProperty(g.createProperty(Vocab.PROV + "wasDerivedFrom"), span)
                .addProperty(Vocab.rule, f.ruleId())
                .addProperty(Vocab.extractorVersion, EXTRACTOR_VERSION)
                .addProperty(Vocab.certainty, switch (f.certainty()) {
                    case "possible" -> Vocab.possible;
                    case "probable" -> Vocab.probable;
                    default -> Vocab.certain;
                })
                .addProperty(Vocab.polarity, f.negated() ? Vocab.negative : Vocab.positive)
                .addProperty(Vocab.tense, f.future() ? Vocab.future : Vocab.past);
        if (!f.hedge().isEmpty()) {
            fact.addProperty(Vocab.hedge, f.hedge());
        }
        fact.addLiteral(Vocab.hedged, f.hedged());
        if (f.attributedTo() != null) {
            fact.addProperty(Vocab.attributedTo, entity(entities, f.attributedTo()));
        }
        writeDate(g, fact, f.date());
        switch (f.type()) {
            case VISIT -> {
                role(entities, fact, Vocab.visitor, f.role("visitor"));
                role(entities, fact, Vocab.destination, f.role("destination"));
                role(entities, fact, Vocab.host, f.role("host"));
            }
            case MEETING -> {
                f.roles().get("participant").forEach(p -> role(entities, fact, Vocab.participant, p));
                literal(fact, Vocab.topic, f.value("topic"));
            }
            case POSITION -> {
                Entity holder = f.role("holder");
                Entity org = f.role("organisation");
                role(entities, fact, Vocab.holder, holder);
                role(entities, fact, Vocab.organisation, org);
                String title = f.value("title");
                String canonical = canonicalTitle(title);
                String orgSlug = org == null ? "unknown" : Iris.slug(org.label());
                Resource post = entities.createResource(iris.post(orgSlug, canonical))
                        .addProperty(RDF.type, Vocab.Post)
                        .addProperty(RDFS.label, canonical, "en");
                if (org != null) {
                    post.addProperty(Vocab.organisation, entity(entities, org));
                    if (org.type() == EntityType.STATE) {
                        gazetteer.postWikidata(org.country(), canonical).ifPresent(q -> WikidataLink.fromGazetteer(q).writeOn(entities, post));
                    }
                }
                fact.addProperty(Vocab.post, g.createResource(post.getURI()));
                literal(fact, Vocab.titleText, title);
                fact.addProperty(Vocab.holdingStatus, "former".equals(f.value("status")) ? Vocab.former : Vocab.current);
            }
            case COOPERATION -> {
                role(entities, fact, Vocab.party, f.role("party"));
                role(entities, fact, Vocab.counterparty, f.role("counterparty"));
                fact.addProperty(Vocab.domain, Vocab.domainConcept(f.value("domain")));
                fact.addProperty(Vocab.agreementStatus, Vocab.statusConcept(f.value("status")));
            }
            case SUPPLY -> {
                role(entities, fact, Vocab.supplier, f.role("supplier"));
                role(entities, fact, Vocab.recipient, f.role("recipient"));
                fact.addProperty(Vocab.item, Vocab.armsConcept(f.value("category")));
                literal(fact, Vocab.itemText, f.value("item"));
            }
            case STATEMENT -> {
                role(entities, fact, Vocab.speaker, f.role("speaker"));
                role(entities, fact, Vocab.medium, f.role("medium"));
                // what was said, or, when the reading could not cut it out, the sentence that says it
                String content = f.value("content");
                literal(fact, Vocab.content, content == null || content.isBlank() ? doc.sentenceText(f.sentence()) : content);
                literal(fact, Vocab.quote, f.value("quote"));
            }
            case ATTENDANCE -> {
                role(entities, fact, Vocab.attendee, f.role("attendee"));
                role(entities, fact, Vocab.attendedEvent, f.role("event"));
            }
            case DELEGATION -> {
                role(entities, fact, Vocab.leader, f.role("leader"));
                role(entities, fact, Vocab.member, f.role("member"));
            }
        }
    }

    private String canonicalTitle(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : Gazetteer.normalise(title).split(" ")) {
            String w = gazetteer.title(word).map(Gazetteer.TitleWord::canonical).orElse(word);
            if (!w.equals("former")) {
                out.append(out.length() > 0 ? " " : "").append(w);
            }
        }
        return gazetteer.title(title).map(Gazetteer.TitleWord::canonical).orElse(out.toString());
    }

    private static Resource factClass(Fact f) {
        return switch (f.type()) {
            case VISIT -> Vocab.Visit;
            case MEETING -> Vocab.Meeting;
            case POSITION -> Vocab.PostHolding;
            case COOPERATION -> "signed".equals(f.value("status")) || "agreed".equals(f.value("status")) ? Vocab.Agreement : Vocab.Cooperation;
            case SUPPLY -> Vocab.ArmsTransfer;
            case STATEMENT -> Vocab.Statement;
            case ATTENDANCE -> Vocab.Attendance;
            case DELEGATION -> Vocab.Delegation;
        };
    }

    private void role(Model entities, Resource fact, org.apache.jena.rdf.model.Property p, Entity e) {
        if (e != null) {
            fact.addProperty(p, fact.getModel().createResource(entity(entities, e).getURI()));
        }
    }

    private static void literal(Resource fact, org.apache.jena.rdf.model.Property p, String value) {
        if (value != null && !value.isBlank()) {
            fact.addProperty(p, value);
        }
    }

    private static void writeDate(Model g, Resource fact, String date) {
        if (date == null || date.isEmpty()) {
            return;
        }
        Literal lit;
        Resource precision;
        LocalDate earliest;
        LocalDate latest;
        if (date.length() == 10) {
            lit = g.createTypedLiteral(date, XSDDatatype.XSDdate);
            precision = g.createResource(Vocab.TIME + "unitDay");
            earliest = latest = LocalDate.parse(date);
        } else if (date.length() == 7) {
            lit = g.createTypedLiteral(date, XSDDatatype.XSDgYearMonth);
            precision = g.createResource(Vocab.TIME + "unitMonth");
            YearMonth ym = YearMonth.parse(date);
            earliest = ym.atDay(1);
            latest = ym.atEndOfMonth();
        } else {
            lit = g.createTypedLiteral(date, XSDDatatype.XSDgYear);
            precision = g.createResource(Vocab.TIME + "unitYear");
            int y = Integer.parseInt(date);
            earliest = LocalDate.of(y, 1, 1);
            latest = LocalDate.of(y, 12, 31);
        }
        fact.addLiteral(Vocab.date, lit)
                .addProperty(Vocab.datePrecision, precision)
                .addLiteral(Vocab.earliest, g.createTypedLiteral(earliest.toString(), XSDDatatype.XSDdate))
                .addLiteral(Vocab.latest, g.createTypedLiteral(latest.toString(), XSDDatatype.XSDdate));
    }
}
