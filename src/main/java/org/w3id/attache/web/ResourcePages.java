package org.w3id.attache.web;

import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.attache.mapping.Vocab;

/** Chooses the page for a minted IRI: an article's, an entity's, or the generic one (facts and the rest). */
public final class ResourcePages {
    private final Site site;

    public ResourcePages(Site site) {
        this.site = site;
    }

    /**
     * The HTML page of {@code iri}, or empty when the store says nothing about it. The caller
     * holds a read transaction on {@code dataset}.
     */
    public Optional<String> html(DatasetGraph dataset, String iri) {
        return html(dataset, iri, 0);
    }

    /** {@link #html(DatasetGraph, String)} from the {@code offset}-th article of an entity's page (the other pages have one page). */
    public Optional<String> html(DatasetGraph dataset, String iri, int offset) {
        GraphReader graph = new GraphReader(dataset);
        if (!graph.known(iri)) {
            return Optional.empty();
        }
        if (graph.hasType(graph.resource(iri), Vocab.Article)) {
            return Optional.of(new ArticlePage(site).render(dataset, iri));
        }
        if (EntityPage.isEntity(graph, iri)) {
            return Optional.of(new EntityPage(site).render(dataset, iri, offset));
        }
        return Optional.of(new ResourcePage(site).render(dataset, iri));
    }
}
