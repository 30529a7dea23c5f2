package org.w3id.attache.imports;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.attache.guard.Links;
import org.w3id.attache.guard.TerminalText;
import org.w3id.attache.intake.Article;
import org.w3id.attache.mapping.Vocab;

/**
 * What imported data must keep to, as articles read by {@code ingest} do, beyond the shapes:
 * an article's url ({@code schema:url}, {@code nif:sourceUrl}) is an http(s) URL, no IRI (nor
 * {@code xsd:anyURI} value) has a scheme a browser runs as script, and headlines and outlets are
 * no longer than an ingested article's may be. These values end up as links and text on the
 * pages {@code serve} makes.
 */
public final class ImportedValueRules {
    private static final String URL = Vocab.SCHEMA + "url";
    private static final String HEADLINE = Vocab.SCHEMA + "headline";
    private static final String SOURCE_URL = Vocab.NIF + "sourceUrl";
    private static final int SHOWN_CHARS = 80;

    private ImportedValueRules() {
    }

    /** The first value of {@code file}'s quads that breaks a rule, said with the file's name; empty if none does. */
    public static Optional<String> firstBreach(Path file, DatasetGraph quads) {
        for (Iterator<Quad> it = quads.find(); it.hasNext(); ) {
            Optional<String> breach = breach(it.next());
            if (breach.isPresent()) {
                return Optional.of(file + ": " + breach.get());
            }
        }
        return Optional.empty();
    }

    /** The rule {@code q} breaks, said without a file name; empty if it keeps to them all. */
    public static Optional<String> breach(Quad q) {
        String p = q.getPredicate().getURI();
        Node o = q.getObject();
        if (p.equals(URL) || p.equals(SOURCE_URL)) {
            String url = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "";
            if (!Links.isHttp(url)) {
                return Optional.of(show(q.getPredicate()) + " " + show(o) + " of " + show(q.getSubject()) + " is not an http or https URL");
            }
        }
        for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
            if (n.isURI() && Links.runsScript(n.getURI())) {
                return Optional.of(show(n) + " has a scheme browsers run as script (" + Links.scheme(n.getURI()) + ":)");
            }
        }
        if (o.isLiteral() && XSDDatatype.XSDanyURI.getURI().equals(o.getLiteralDatatypeURI()) && Links.runsScript(o.getLiteralLexicalForm())) {
            return Optional.of("the value " + show(o) + " of " + show(q.getSubject()) + " has a scheme browsers run as script ("
                    + Links.scheme(o.getLiteralLexicalForm()) + ":)");
        }
        if (p.equals(HEADLINE)) {
            return tooLong(q, "headline", Article.MAX_TITLE_CHARS);
        }
        if (p.equals(Vocab.outlet.getURI())) {
            return tooLong(q, "outlet", Article.MAX_OUTLET_CHARS);
        }
        return Optional.empty();
    }

    private static Optional<String> tooLong(Quad q, String what, int limit) {
        Node o = q.getObject();
        int length = o.isLiteral() ? o.getLiteralLexicalForm().length() : 0;
        if (length <= limit) {
            return Optional.empty();
        }
        return Optional.of("the " + what + " of " + show(q.getSubject()) + " has " + length + " characters, more than the "
                + limit + " an article's " + what + " may have");
    }

    /** A node as a message shows it: shortened, with no control character. */
    private static String show(Node n) {
        String text = n.isURI() ? "<" + n.getURI() + ">" : n.isLiteral() ? "'" + n.getLiteralLexicalForm() + "'" : n.toString();
        text = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS - 1) + "…" : text;
        return TerminalText.blank(text);
    }
}
