package org.w3id.attache.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.TimeMention;

/**
 * When a fact happened: the time mention nearest its trigger in the trigger's own clause, a
 * relative day counted from the story's date, never after publication for a reported past
 * event; else the publication date for the present tense, or the story's month.
 */
final class FactDating {

    private FactDating() {
    }

    /** The date of a fact of {@code type} triggered at {@code trigger}, empty for posts and for the future told without a date. */
    static String of(FactType type, ParsedSentence s, IndexedWord trigger, StoryTime story, ClauseReader.Clause clause) {
        if (type == FactType.STATEMENT) {
            return ofStatement(s, trigger, story, clause);
        }
        String storyDate = story.date();
        String date = type == FactType.POSITION ? "" : notAfterPublication(date(s, trigger, storyDate), s, clause);
        if (date.isEmpty() && type != FactType.POSITION) {
            String published = s.doc.article().published().toString();
            if (clause.future()) {
                date = "";
            } else if (presentTense(s, trigger)) {
                date = published;
            } else {
                boolean stale = !story.fresh() && !recent(storyDate, s.doc.article().published());
                date = storyDate.isEmpty() || stale ? published.substring(0, 7) : monthAtMost(storyDate);
            }
        }
        return date;
    }

    /**
     * Words are said close to when they are reported: a statement takes a date only from a time
     * that modifies its own verb ("said on Monday", "told reporters in March"); else the story's
     * month if the sentence before told it (unless it went back past the recent event the article
     * leads with to something other than words), the words were said "at the time", or it is at
     * most {@value #RECENT_DAYS} days old at publication; else the month of the event the article
     * leads with, if that is as recent (the words belong to it); else the month of publication
     * (the day, for the present tense: "Russia says"). A date told elsewhere in the sentence, or a
     * story that went back years, does not date what someone said.
     */
    private static String ofStatement(ParsedSentence s, IndexedWord trigger, StoryTime story, ClauseReader.Clause clause) {
        String storyDate = story.date();
        String own = notAfterPublication(date(s, trigger, storyDate, 2), s, clause);
        IndexedWord main = own.isEmpty() ? openingParticipleOf(s, trigger) : null;
        if (main != null) {
            own = notAfterPublication(date(s, main, storyDate, 2), s, clause);
        }
        if (!own.isEmpty() || clause.future()) {
            return own;
        }
        java.time.LocalDate published = s.doc.article().published();
        if (presentTense(s, trigger)) {
            return published.toString();
        }
        boolean recentLead = !story.lead().isEmpty() && recent(story.lead(), published);
        // "Cruz attended the inauguration in August last year. Cruz said …": an old time the sentence
        // before went back to does not date words an article of a recent event reports, unless
        // that sentence told words too (an interview the next words go on with)
        boolean wentBack = recentLead && !story.spoken() && !recent(storyDate, published) && storyDate.compareTo(story.lead()) < 0;
        if (!storyDate.isEmpty() && (story.fresh() && !wentBack || recent(storyDate, published) || atThatTime(s, trigger))) {
            return monthAtMost(storyDate);
        }
        if (recentLead) {
            return monthAtMost(story.lead());
        }
        return published.toString().substring(0, 7);
    }

    /** "… Kiriyenko said at the time", "said then": words dated by the time the story has come to, however old. */
    private static boolean atThatTime(ParsedSentence s, IndexedWord verb) {
        return s.children(verb, "obl:at").stream().anyMatch(t -> "time".equalsIgnoreCase(t.word())
                && s.graph.getChildren(t).stream().anyMatch(d -> d.word().equalsIgnoreCase("the") || d.word().equalsIgnoreCase("that")))
                || s.children(verb, "advmod").stream().anyMatch(a -> a.word().equalsIgnoreCase("then"));
    }

    /**
     * "Accusing Israel of genocide, Petro on Thursday suspended …": words told by a participle
     * with no subject of its own, hung on the clause's verb, were said when that verb's event
     * happened; the verb, or null.
     */
    private static IndexedWord openingParticipleOf(ParsedSentence s, IndexedWord trigger) {
        if (!"VBG".equals(trigger.tag()) || !s.children(trigger, "nsubj").isEmpty()) {
            return null;
        }
        for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
            if (in.getRelation().toString().equals("advcl") && in.getGovernor().tag() != null && in.getGovernor().tag().startsWith("VB")) {
                return in.getGovernor();
            }
        }
        return null;
    }

    static final int RECENT_DAYS = 45;

    /** Sentences that lead an article: the lede and the sentence that follows it. */
    private static final int LEAD_SENTENCES = 2;

    /**
     * The date of the event an article leads with: the first day or month its first
     * {@value #LEAD_SENTENCES} sentences tell that is at most {@value #RECENT_DAYS} days old at
     * publication ("held on 29 and 30 July", in a story of 2 August), or empty.
     */
    static String leadDate(AnalysedArticle doc) {
        java.time.LocalDate published = doc.article().published();
        for (int s = 0; s < Math.min(LEAD_SENTENCES, doc.sentenceCount()); s++) {
            for (TimeMention t : doc.times(s)) {
                String v = t.value();
                if (v != null && v.matches("\\d{4}-\\d{2}(-\\d{2})?") && !afterPublication(v, published) && recent(v, published)) {
                    return v;
                }
            }
        }
        return "";
    }

    /** Does a date (day, month or year) fall within {@value #RECENT_DAYS} days before publication? */
    private static boolean recent(String date, java.time.LocalDate published) {
        java.time.LocalDate start;
        java.time.LocalDate end;
        if (date.length() == 10) {
            start = end = java.time.LocalDate.parse(date);
        } else if (date.length() == 7) {
            start = java.time.YearMonth.parse(date).atDay(1);
            end = java.time.YearMonth.parse(date).atEndOfMonth();
        } else {
            return false;
        }
        return !end.isBefore(published.minusDays(RECENT_DAYS)) && !start.isAfter(published);
    }

    /** Does the sentence tell a date of its own (a fact's, or one near its root), one not after publication? */
    static boolean datesItself(ParsedSentence sent, List<Fact> found) {
        java.time.LocalDate published = sent.doc.article().published();
        String main = date(sent, sent.graph.getFirstRoot(), "");
        return found.stream().anyMatch(f -> !f.date().isEmpty() && !f.flashback() && !afterPublication(f.date(), published))
                || !main.isEmpty() && !afterPublication(main, published);
    }

    /**
     * The story's date once a sentence is read: the first date of its facts that are not
     * flashbacks, else (when none is a flashback) the date nearest the sentence's root, else as
     * it was; a date after publication tells a plan, not the story.
     */
    static String storyDateAfter(ParsedSentence sent, List<Fact> found, String storyDate) {
        java.time.LocalDate published = sent.doc.article().published();
        String sentenceDate = found.stream().filter(f -> !f.flashback()).map(Fact::date)
                .filter(d -> !d.isEmpty() && !afterPublication(d, published)).findFirst().orElse("");
        if (!sentenceDate.isEmpty()) {
            return sentenceDate;
        }
        if (found.stream().anyMatch(Fact::flashback) || ClauseReader.recollects(sent.graph.getFirstRoot())) {
            return storyDate;
        }
        String main = date(sent, sent.graph.getFirstRoot(), storyDate);
        return main.isEmpty() || afterPublication(main, published) ? storyDate : main;
    }

    /** "The jets will arrive in May 2020": a time after publication is a plan's, not the story's. */
    private static boolean afterPublication(String date, java.time.LocalDate published) {
        String day = published.toString();
        return date.compareTo(day.substring(0, Math.min(date.length(), day.length()))) > 0;
    }

    /**
     * A later sentence with no date of its own goes on in the same month, not necessarily on
     * the same day.
     */
    private static String monthAtMost(String date) {
        return date.length() > 7 ? date.substring(0, 7) : date;
    }

    /**
     * The date of the time mention closest to the trigger in the dependency graph, leaving out
     * dates that modify some other noun ("the March 28 earthquake"); "the same day" is the
     * story's last date.
     */
    static String date(ParsedSentence s, IndexedWord trigger, String storyDate) {
        return date(s, trigger, storyDate, 4);
    }

    /** The date of the nearest time mention at most {@code maxPath} dependency steps from the trigger, in its clause. */
    private static String date(ParsedSentence s, IndexedWord trigger, String storyDate, int maxPath) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : s.doc.times(s.index)) {
            if (modifiesOtherNoun(s, t, trigger) || isDeadline(s, t)) {
                continue;
            }
            for (int tok = t.begin(); tok < t.end(); tok++) {
                IndexedWord node = s.graph.getNodeByIndexSafe(tok + 1);
                if (node == null) {
                    continue;
                }
                List<SemanticGraphEdge> path = trigger.equals(node) ? List.of() : s.graph.getShortestUndirectedPathEdges(trigger, node);
                if (path != null && path.size() < bestDistance && path.size() <= maxPath && staysInClause(s, path) && !entersBySubject(trigger, path)) {
                    bestDistance = path.size();
                    best = t.anaphoric() ? shifted(anchorOf(s, t, storyDate), t.offsetDays()) : t.value();
                }
            }
        }
        return best;
    }

    /**
     * What "earlier in the day" or "that day" points back to: the day the sentence itself names
     * nearest to it ("signed on Jan. 16 after they met earlier in the day"), else the story's date.
     */
    private static String anchorOf(ParsedSentence s, TimeMention anaphor, String storyDate) {
        String anchor = storyDate;
        int nearest = Integer.MAX_VALUE;
        for (TimeMention t : s.doc.times(s.index)) {
            int distance = Math.abs(t.begin() - anaphor.begin());
            if (!t.anaphoric() && t.value().length() == 10 && distance < nearest && !isDeadline(s, t)) {
                nearest = distance;
                anchor = t.value();
            }
        }
        return anchor;
    }

    /** The story's date moved by some days ("three days later"); a month or year stays as it is. */
    private static String shifted(String storyDate, int days) {
        if (days == 0 || storyDate.length() != 10) {
            return storyDate;
        }
        return java.time.LocalDate.parse(storyDate).plusDays(days).toString();
    }

    /**
     * A reported past event cannot lie after the article was published: SUTime reads "on Monday"
     * in a Friday story as the coming Monday, so such a day moves back a week (a month, a year).
     */
    private static String notAfterPublication(String date, ParsedSentence s, ClauseReader.Clause clause) {
        java.time.LocalDate published = s.doc.article().published();
        if (date.isEmpty() || clause.future()) {
            return date;
        }
        if (date.length() == 10 && java.time.LocalDate.parse(date).isAfter(published)) {
            java.time.LocalDate back = java.time.LocalDate.parse(date).minusWeeks(1);
            return back.isAfter(published) ? date : back.toString();
        }
        if (date.length() == 7 && date.compareTo(published.toString().substring(0, 7)) > 0) {
            return java.time.YearMonth.parse(date).minusYears(1).toString();
        }
        return date;
    }

    /**
     * "includes Sergei Aleinik, who succeeded Makei in December": a path that climbs from a noun
     * to a verb it is the subject of (the enhanced graph's link into a relative clause) has left
     * the trigger's clause.
     */
    private static boolean entersBySubject(IndexedWord trigger, List<SemanticGraphEdge> path) {
        IndexedWord at = trigger;
        for (SemanticGraphEdge e : path) {
            boolean up = e.getDependent().equals(at);
            if (up && e.getRelation().toString().startsWith("nsubj") && !e.getGovernor().equals(trigger) && at != trigger) {
                return true;
            }
            at = up ? e.getGovernor() : e.getDependent();
        }
        return false;
    }

    /**
     * A date reached only through a relative, adverbial or reported clause belongs to that
     * clause ("Pezeshkian, who took office last July, arrived …"), not to the fact.
     */
    private static boolean staysInClause(ParsedSentence s, List<SemanticGraphEdge> path) {
        for (SemanticGraphEdge e : path) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("advcl") && simultaneous(s, e.getDependent())) {
                continue;
            }
            if (rel.equals("acl:relcl") && ("DATE".equals(e.getGovernor().ner()) || simultaneous(s, e.getDependent()))) {
                continue;
            }
            // an adjective's own phrase ("the census due in October") dates the noun, not the event
            if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("ccomp") || rel.startsWith("parataxis") || rel.equals("amod")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A "when" clause happens at the time of the clause it hangs on, and so does a "where" clause
     * on a place ("met in Kazan, where he made his first trip"); "in January 2018, when …" is a
     * clause about that date.
     */
    private static boolean simultaneous(ParsedSentence s, IndexedWord clause) {
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("mark") || rel.equals("advmod")) && e.getDependent().word().matches("(?i)when|where")) {
                return true;
            }
        }
        return false;
    }

    /** "by 2030", "until March": a deadline or limit, not when the fact happened. */
    private static boolean isDeadline(ParsedSentence s, TimeMention t) {
        return t.begin() > 0 && s.tokens.get(t.begin() - 1).word().toLowerCase().matches("by|until|till|before");
    }

    /** "Russia says", "is attending": the present of the article is its publication date. */
    private static boolean presentTense(ParsedSentence s, IndexedWord trigger) {
        String tag = trigger.tag() == null ? "" : trigger.tag();
        if (present(trigger)) {
            return true;
        }
        if (tag.equals("VBG")) {
            for (IndexedWord aux : s.children(trigger, "aux")) {
                if (present(aux)) {
                    return true;
                }
            }
        }
        // "India is in talks with France", "Japan holds talks with …": a noun told in the present by its copula or its verb
        if (tag.startsWith("NN")) {
            for (IndexedWord cop : s.children(trigger, "cop")) {
                if (present(cop)) {
                    return true;
                }
            }
            for (SemanticGraphEdge in : s.graph.incomingEdgeIterable(trigger)) {
                if (in.getRelation().toString().equals("obj") && present(in.getGovernor())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean present(IndexedWord verb) {
        return "VBZ".equals(verb.tag()) || "VBP".equals(verb.tag());
    }

    private static boolean modifiesOtherNoun(ParsedSentence s, TimeMention t, IndexedWord trigger) {
        for (int tok = t.begin(); tok < t.end(); tok++) {
            IndexedWord node = s.graph.getNodeByIndexSafe(tok + 1);
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(node)) {
                IndexedWord gov = e.getGovernor();
                boolean outside = gov.index() - 1 < t.begin() || gov.index() - 1 >= t.end();
                String rel = e.getRelation().toString();
                if (outside && gov.tag() != null && gov.tag().startsWith("NN") && !gov.equals(trigger)
                        && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:tmod") || rel.equals("nummod"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
