package org.w3id.attache.web;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.attache.mapping.Vocab;

/**
 * The page of any other minted IRI (a fact, an import record): the fact's summary with a link to
 * its row on the article page, then every triple of its description as a table.
 */
public final class ResourcePage {
    private final Site site;

    public ResourcePage(Site site) {
        this.site = site;
    }

    /** The page of {@code iri}; the caller holds a read transaction on {@code dataset}. */
    public String render(DatasetGraph dataset, String iri) {
        GraphReader graph = new GraphReader(dataset);
        Resource r = graph.resource(iri);
        Html body = new Html();
        body.open("p", "class", "muted").element("code", iri).close("p");
        String title = graph.label(r);
        if (graph.model().contains(r, Vocab.article)) {
            FactView fact = graph.fact(r);
            title = fact.kind() + (fact.date().isEmpty() ? "" : " · " + fact.date());
            body.append(new FactTable(site).render(List.of(fact), false));
        }
        Model description = ResourceDescription.describe(dataset, iri);
        body.element("h2", "Triples").open("table", "class", "triples").open("tr")
                .element("th", "subject").element("th", "property").element("th", "value").close("tr");
        List<Statement> statements = description.listStatements().toList();
        statements.sort(Comparator.comparing((Statement s) -> s.getSubject().toString())
                .thenComparing(s -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        for (Statement s : statements) {
            body.open("tr").open("td").append(node(description, s.getSubject())).close("td")
                    .open("td").append(node(description, s.getPredicate())).close("td")
                    .open("td").append(node(description, s.getObject())).close("td").close("tr");
        }
        body.close("table");
        return site.page(title, body);
    }

    private Html node(Model prefixes, RDFNode n) {
        Html h = new Html();
        if (n.isLiteral()) {
            return h.text(n.asLiteral().getLexicalForm());
        }
        if (n.isURIResource()) {
            String uri = n.asResource().getURI();
            return h.link(site.href(uri), prefixes.shortForm(uri));
        }
        return h.text(n.toString());
    }
}
