package org.w3id.attache.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Mention;

/** The sentence a match was found in, with look-ups from nodes to mentions. */
final class ParsedSentence {
    final AnalysedArticle doc;
    final int index;
    final SemanticGraph graph;
    final List<CoreLabel> tokens;
    private final RuleBook rules;

    ParsedSentence(AnalysedArticle doc, int index, SemanticGraph graph, RuleBook rules) {
        this.rules = rules;
        this.doc = doc;
        this.index = index;
        this.graph = graph;
        this.tokens = doc.tokens(index);
    }

    RuleBook rules() {
        return rules;
    }

    Optional<Mention> mention(IndexedWord node) {
        return doc.mentionAt(index, node.index() - 1);
    }

    /**
     * The children of a node by a relation named as the parser prints it ("nmod:of", "aux").
     * Compared by name: CoreNLP's {@code GrammaticalRelation.valueOf(String)} answers from a
     * process-wide registry whose language depends on what was parsed before, so an edge can
     * fail to equal it and an article's reading would depend on the articles before it.
     */
    List<IndexedWord> children(IndexedWord node, String rel) {
        List<IndexedWord> out = new java.util.ArrayList<>();
        for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals(rel)) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /** The entity a role node stands for: itself, or an appositive or compound name on it. */
    Optional<Entity> entity(IndexedWord node) {
        Optional<Mention> own = mention(node);
        if (own.isPresent()) {
            return own.map(Mention::entity);
        }
        Optional<Entity> named = nameAfterTitle(node);
        if (named.isPresent()) {
            return named;
        }
        for (String rel : List.of("appos", "compound", "flat", "dep")) {
            for (IndexedWord child : children(node, rel)) {
                Optional<Mention> m = mention(child).filter(x -> x.entity().type() == EntityType.PERSON);
                if (m.isPresent()) {
                    return m.map(Mention::entity);
                }
            }
        }
        for (String rel : List.of("appos", "compound", "flat", "amod")) {
            for (IndexedWord child : children(node, rel)) {
                Optional<Mention> m = mention(child);
                if (m.isPresent() && (rel.equals("appos") || m.get().entity().type() == EntityType.PERSON || !isTitle(node))) {
                    return m.map(Mention::entity);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "UAE Minister of Foreign Affairs Sheikh Abdullah …", "President of Kenya William Ruto": a
     * title's word stands for the person named right after the title (and its state).
     */
    private Optional<Entity> nameAfterTitle(IndexedWord node) {
        Optional<org.w3id.attache.nlp.TitleSpan> title = doc.titleAt(index, node.index() - 1);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        int t = title.get().end();
        if (t + 1 < tokens.size() && tokens.get(t).word().equals("of")) {
            int at = tokens.get(t + 1).word().equalsIgnoreCase("the") ? t + 2 : t + 1;
            Optional<Mention> state = doc.mentionAt(index, at).filter(m -> m.entity().type() == EntityType.STATE && m.begin() == at);
            t = state.map(Mention::end).orElse(t);
        }
        while (t < tokens.size() && "HONORIFIC".equals(tokens.get(t).ner())) {
            t++;
        }
        return doc.mentionAt(index, t).filter(m -> m.entity().type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME).map(Mention::entity);
    }

    boolean isTitle(IndexedWord node) {
        return "TITLE".equals(node.ner());
    }

    /** The words of a node's phrase: itself with its compound, amod and nummod modifiers, less what it is worth. */
    String phrase(IndexedWord node) {
        return phrase(node, Set.of());
    }

    /**
     * The words of a node's phrase, leaving out modifiers that are other parts of the match
     * ("shipping" in "shipping artillery shells", a recipient the parser folded into the item).
     */
    String phrase(IndexedWord node, java.util.Collection<IndexedWord> without) {
        java.util.TreeSet<Integer> idx = phraseTokens(node, without);
        return text(idx.first() - 1, idx.last());
    }

    private java.util.TreeSet<Integer> phraseTokens(IndexedWord node, java.util.Collection<IndexedWord> without) {
        java.util.TreeSet<Integer> idx = new java.util.TreeSet<>();
        idx.add(node.index());
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (without.contains(e.getDependent()) || rel.equals("amod") && e.getDependent().word().equalsIgnoreCase("worth")) {
                continue;
            }
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod") || rel.startsWith("compound")) {
                for (IndexedWord d : graph.descendants(e.getDependent())) {
                    idx.add(d.index());
                }
            }
        }
        return idx;
    }

    /**
     * A node's phrase with the "of" phrase that follows it, up to {@code maxWords} words in all:
     * "launch ceremony of the first Type 076 ship", "first meeting of the Strategic Council".
     * Clauses, appositions, lists and further prepositions on the "of" phrase stay out; an "of"
     * phrase that would make the whole longer than {@code maxWords} is left off.
     */
    String phraseWithOf(IndexedWord node, int maxWords) {
        java.util.TreeSet<Integer> own = phraseTokens(node, Set.of());
        for (IndexedWord of : children(node, "nmod:of")) {
            java.util.TreeSet<Integer> words = new java.util.TreeSet<>();
            collectWithoutClauses(of, words);
            boolean follows = words.first() == own.last() + 1 && words.last() - words.first() + 1 == words.size();
            if (follows && words.last() - own.first() + 1 <= maxWords) {
                return text(own.first() - 1, words.last());
            }
        }
        return text(own.first() - 1, own.last());
    }

    private void collectWithoutClauses(IndexedWord node, Set<Integer> into) {
        into.add(node.index());
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (!e.getRelation().toString().matches("acl.*|appos|punct|conj.*|cc|parataxis|dep|nmod.*|obl.*")) {
                collectWithoutClauses(e.getDependent(), into);
            }
        }
    }

    /** What a verb says without its subject: "called on Russia to acknowledge …". */
    String predicate(IndexedWord verb) {
        Set<Integer> subject = new HashSet<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                graph.descendants(e.getDependent()).forEach(d -> subject.add(d.index()));
            }
        }
        int from = verb.index();
        int to = verb.index();
        for (IndexedWord d : graph.descendants(verb)) {
            if (!subject.contains(d.index()) && d.index() >= verb.index() && !".".equals(d.tag())) {
                to = Math.max(to, d.index());
            }
        }
        return text(from - 1, to);
    }

    /**
     * The words of {@code head}'s clause without {@code source}'s phrase: "the talks were fruitful"
     * of "According to X, the talks were fruitful".
     */
    String clauseWithout(IndexedWord head, IndexedWord source) {
        Set<Integer> left = new HashSet<>();
        graph.descendants(source).forEach(d -> left.add(d.index()));
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (IndexedWord d : graph.descendants(head)) {
            if (!left.contains(d.index()) && !".".equals(d.tag()) && !",".equals(d.tag())) {
                from = Math.min(from, d.index());
                to = Math.max(to, d.index());
            }
        }
        return from > to ? "" : text(from - 1, to);
    }

    /**
     * The words of the sentence before {@code after}'s own phrase: "The talks went well" of "The
     * talks went well, a spokesman said, …", however the parser hung the words together.
     */
    String wordsBefore(IndexedWord after) {
        int from = 1;
        int to = after.index();
        for (IndexedWord d : graph.descendants(after)) {
            to = Math.min(to, d.index());
        }
        return to <= from ? "" : text(from - 1, to - 1).strip().replaceAll("[,;:\\s\"“”]+$", "").replaceAll("^[\"“]+", "");
    }

    /** The text of the node's whole subtree. */
    String subtree(IndexedWord node) {
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (IndexedWord d : graph.descendants(node)) {
            from = Math.min(from, d.index());
            to = Math.max(to, d.index());
        }
        return text(from - 1, to);
    }

    /**
     * The exact words of a statement when the sentence quotes them: each quoted stretch of three
     * words or more (“…” or "…") that lies in the statement's content and not around its verb
     * ("He called on Russia to acknowledge “what is happening as terrorism”"), joined by " … ";
     * empty for reported speech.
     */
    String quote(IndexedWord trigger, String content) {
        String body = doc.article().body();
        int from = doc.sentenceBegin(index);
        String sentence = body.substring(from, doc.sentenceEnd(index));
        int verbAt = tokens.get(trigger.index() - 1).beginPosition() - from;
        java.util.StringJoiner out = new java.util.StringJoiner(" … ");
        java.util.regex.Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            String words = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s+", " ").strip().replaceAll("[,;:]$", "");
            boolean aroundVerb = m.start() <= verbAt && verbAt < m.end();
            if (!aroundVerb && words.split(" ").length >= 3 && content.contains(words)) {
                out.add(words);
            }
        }
        return out.toString();
    }

    /**
     * Does {@code node} say only whose something is, not where: "Ghanaian" in "visited Ghanaian
     * peacekeepers", or "peacekeepers" with it? Such a word names no place anyone went to; on the
     * {@code trigger} itself it does ("his Russian visit").
     */
    boolean onlyWhose(IndexedWord node, IndexedWord trigger) {
        if (mention(node).filter(m -> m.kind() == Mention.Kind.DEMONYM).isPresent()) {
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("amod") || rel.equals("compound")) && mention(e.getGovernor()).isEmpty() && !e.getGovernor().equals(trigger)) {
                    return true;
                }
            }
            return false;
        }
        return mention(node).isEmpty() && !node.equals(trigger) && java.util.stream.Stream.of("amod", "compound").flatMap(r -> children(node, r).stream())
                .anyMatch(c -> mention(c).filter(m -> m.kind() == Mention.Kind.DEMONYM).isPresent());
    }

    /**
     * Is {@code node} an unnamed source ("officials said", "a government official said", "Chilean
     * officials said")? A statement needs a speaker the article names: a demonym says whose
     * officials they are, not who spoke ("Boric's officials" name one; "officials in Seoul" only
     * say where they were).
     */
    boolean unnamedOfficials(IndexedWord node) {
        Optional<Mention> own = mention(node).filter(m -> m.kind() == Mention.Kind.DESCRIPTOR)
                .filter(m -> m.text().matches("(?i)((the|an?|some|other|senior|government)\\s+)*officials?"));
        return own.isPresent() && graph.getChildren(node).stream().noneMatch(c -> !children(node, "nmod:in").contains(c)
                && mention(c).filter(m -> !m.equals(own.get()) && m.kind() != Mention.Kind.DEMONYM).isPresent());
    }

    /**
     * Is {@code word} inside a quotation that {@code verb} is outside of? Such a word is quoted,
     * not the one who speaks: in "'… for Israel and the UAE,' Blinken said", the UAE said nothing.
     */
    boolean quotedApartFrom(IndexedWord word, IndexedWord verb) {
        int verbAt = tokens.get(verb.index() - 1).beginPosition();
        return doc.quotationAt(tokens.get(word.index() - 1).beginPosition()).filter(q -> !q.contains(verbAt)).isPresent();
    }

    /**
     * Is {@code verb} inside a quotation, opened in this sentence or before? What it tells is
     * someone's words about who said what: "'… Kenya offered to train our officers,' he said".
     */
    boolean quoted(IndexedWord verb) {
        return doc.quotationAt(tokens.get(verb.index() - 1).beginPosition()).isPresent();
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\u201C([^\u201D]+)\u201D|\"([^\"]+)\"");

    String text(int fromToken, int toTokenExclusive) {
        int b = tokens.get(fromToken).beginPosition();
        int e = tokens.get(toTokenExclusive - 1).endPosition();
        return doc.article().body().substring(b, e).replaceAll("\\s+", " ").strip();
    }
}
