package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Gazetteer;
import org.w3id.attache.nlp.Mention;
import org.w3id.attache.nlp.TitleSpan;

/** What a title says about its post: its words, the state or body it belongs to, whether it was held then, whose it is. */
final class PostReading {

    /** Rank words that, before a state, count rather than rank. */
    private static final Set<String> ORDINALS = Set.of("first", "second", "late");

    private final Gazetteer gazetteer;

    PostReading(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    String titleText(ParsedSentence s, IndexedWord node) {
        String text = written(s, node);
        return inPlural(text) ? singular(text) : text;
    }

    private String written(ParsedSentence s, IndexedWord node) {
        return s.doc.titleAt(s.index, node.index() - 1).map(span -> ranked(gazetteer, s, span)).orElse(node.word());
    }

    /** "Presidents Ruto and Mahama", "Foreign Ministers A and B": a title in the plural, shared by the names after it. */
    boolean plural(ParsedSentence s, IndexedWord title) {
        return inPlural(written(s, title));
    }

    private boolean inPlural(String title) {
        return gazetteer.pluralTitle(title.substring(title.lastIndexOf(' ') + 1));
    }

    /** The title of one of them: "Foreign Ministers" → "Foreign Minister", "Secretaries" → "Secretary". */
    private static String singular(String title) {
        return title.replaceFirst("ies$", "y").replaceFirst("(?<=[^s])s$", "");
    }

    /** "President William Ruto of Kenya": the state or body after the holder's name, when the title gives none. */
    static Optional<Entity> holderOf(ParsedSentence s, IndexedWord holder) {
        for (IndexedWord of : s.children(holder, "nmod:of")) {
            Optional<Mention> m = s.mention(of);
            if (m.isPresent() && m.get().entity().type() != EntityType.PERSON && m.get().entity().type().isAgent()) {
                return Optional.of(m.get().entity());
            }
        }
        return Optional.empty();
    }

    /**
     * "visited Beijing in 2013 as vice president": a post held when something was done more than
     * a year before the article may be over, and the article does not say it is.
     */
    static boolean heldLongBefore(ParsedSentence s, IndexedWord trigger, StoryTime storyDate, ClauseReader.Clause clause) {
        String when = FactDating.of(FactType.VISIT, s, trigger, storyDate, clause);
        if (!when.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        java.time.LocalDate last = when.length() == 4 ? java.time.LocalDate.of(Integer.parseInt(when), 12, 31)
                : when.length() == 7 ? java.time.YearMonth.parse(when).atEndOfMonth() : java.time.LocalDate.parse(when);
        return last.isBefore(s.doc.article().published().minusYears(1));
    }

    /**
     * A title with the rank written before its state: "acting Thai Prime Minister" is the acting
     * prime minister, "deputy Russian defence minister" the deputy one.
     */
    static String ranked(Gazetteer gazetteer, ParsedSentence s, TitleSpan span) {
        int t = span.begin() - 1;
        while (t >= 0 && (s.tokens.get(t).tag().equals("POS")
                || s.doc.mentionAt(s.index, t).map(m -> m.entity().type() == EntityType.STATE).orElse(false))) {
            t--;
        }
        if (t < 0 || t == span.begin() - 1) {
            return span.text();
        }
        String word = s.tokens.get(t).word();
        // "the first Thai Prime Minister to visit" counts visits, not a first prime minister
        boolean rank = gazetteer.title(word).map(w -> w.kind().equals("rank")).orElse(false) && !ORDINALS.contains(word.toLowerCase(Locale.ROOT));
        return rank ? word + " " + span.text() : span.text();
    }

    /** "then Russia's defence minister": the post was held then, not now. */
    static boolean saidThen(ParsedSentence s, IndexedWord title) {
        int t = s.doc.titleAt(s.index, title.index() - 1).map(TitleSpan::begin).orElse(title.index() - 1) - 1;
        while (t >= 0 && (s.tokens.get(t).tag().equals("POS") || s.tokens.get(t).tag().equals("DT") || s.tokens.get(t).ner().matches("STATE|ORGANIZATION"))) {
            t--;
        }
        return t >= 0 && s.tokens.get(t).word().equalsIgnoreCase("then");
    }

    /**
     * In a list ("A, special envoy B and C") a title right before another name is that name's,
     * and "… chief of staff, Peskov said" names the speaker, not the holder; a name after the
     * holder's ("a letter from President Rouhani to Salih") is not between them.
     */
    static boolean titleOfSomeoneElse(ParsedSentence s, IndexedWord title, IndexedWord holder) {
        Optional<Mention> holderMention = s.mention(holder);
        int end = s.doc.titleAt(s.index, title.index() - 1).map(TitleSpan::end).orElse(title.index());
        int holderAt = holderMention.map(Mention::begin).filter(b -> b >= end).orElse(Integer.MAX_VALUE);
        for (int t = end; t < Math.min(Math.min(s.tokens.size(), end + 5), holderAt); t++) {
            String w = s.tokens.get(t).word();
            if (w.equals(",") || w.equals(";") || w.equals(".") || s.tokens.get(t).tag().startsWith("VB") || s.tokens.get(t).tag().equals("CC")) {
                break;
            }
            Optional<Mention> other = s.doc.mentionAt(s.index, t);
            if (other.isPresent() && other.get().entity().type() == EntityType.PERSON && other.get().kind() == Mention.Kind.NAME
                    && !other.equals(holderMention)) {
                return true;
            }
        }
        if (holderMention.isPresent() && holderMention.get().begin() > end) {
            int after = holderMention.get().end();
            boolean comma = s.tokens.get(end).word().equals(",");
            return comma && after < s.tokens.size() && s.tokens.get(after).tag().startsWith("VB")
                    && s.tokens.get(after).lemma() != null && s.rules().isReportingVerb(s.tokens.get(after).lemma());
        }
        return false;
    }

    /**
     * "Deputy Prime Ministers A and B, Foreign Minister C": a title in the plural is not C's, whom
     * another title comes before.
     */
    static boolean otherTitleBetween(ParsedSentence s, IndexedWord title, IndexedWord holder) {
        int end = s.doc.titleAt(s.index, title.index() - 1).map(TitleSpan::end).orElse(title.index());
        int holderAt = s.mention(holder).map(Mention::begin).orElse(holder.index() - 1);
        for (int t = end; t < holderAt; t++) {
            if ("TITLE".equals(s.tokens.get(t).ner())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state or organisation a post belongs to: a possessive, demonym, compound or
     * "of" phrase on the title ("Russia's deputy defence minister", "Russian Security Council
     * secretary", "chairman of the USDP"), else a name just before the title.
     */
    Optional<Entity> postOrganisation(ParsedSentence s, IndexedWord title) {
        Optional<TitleSpan> span = s.doc.titleAt(s.index, title.index() - 1);
        int begin = span.map(TitleSpan::begin).orElse(title.index() - 1);
        int end = span.map(TitleSpan::end).orElse(title.index());
        for (int t = begin; t < end; t++) {
            IndexedWord node = s.graph.getNodeByIndexSafe(t + 1);
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:of") || rel.startsWith("nmod:in")) {
                    Optional<Mention> m = s.mention(e.getDependent());
                    if (m.isPresent() && m.get().entity().type() != EntityType.PERSON && m.get().entity().type().isAgent()) {
                        return Optional.of(m.get().entity());
                    }
                    if (m.isPresent() && m.get().entity().type() == EntityType.CITY) {
                        Optional<Entity> st = gazetteer.stateWithCapital(m.get().entity());
                        if (st.isPresent()) {
                            return st;
                        }
                    }
                }
            }
        }
        int before = begin - 1;
        if (before >= 0 && s.tokens.get(before).tag().equals("POS")) {
            before--;
        }
        if (before >= 0) {
            Optional<Mention> m = s.doc.mentionAt(s.index, before);
            if (m.isPresent() && m.get().entity().type() != EntityType.PERSON && m.get().entity().type().isAgent()) {
                return Optional.of(m.get().entity());
            }
        }
        return Optional.empty();
    }

}
