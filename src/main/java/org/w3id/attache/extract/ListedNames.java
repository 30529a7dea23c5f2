package org.w3id.attache.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Mention;

/**
 * The people a sentence lists before a name, read from its tokens: in "Minister A, general B and
 * the ambassador C attended" the parser often makes A and B compounds of C and gives the verb C
 * alone. Walking back from C item by item ("," and "and" part them), each item made only of
 * titles and names adds the person it ends with; the walk stops at the first item that holds
 * anything else (a verb, a preposition, a pronoun), so "In a call with A, C attended" lists
 * nobody before C. The names the parser hangs on a title as {@code dep} are listed too.
 */
final class ListedNames {
    /** Tags a listed item may hold: names, titles, their adjectives, articles and possessives. */
    private static final Set<String> ITEM_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "CD", "HYPH", "``", "''");
    /** Words that join a title to its state or body inside an item ("ambassador to Athens", "president of Kenya"). */
    private static final Set<String> TITLE_LINKS = Set.of("of", "to", "for");

    private ListedNames() {
    }

    /**
     * The first tokens (0-based) of the people listed before the mention that starts at {@code
     * begin} (its own titles first: "the ambassador to Athens C"), nearest first.
     */
    static List<Integer> before(ParsedSentence s, int begin) {
        List<Integer> out = new ArrayList<>();
        int t = begin - 1;
        while (t >= 0 && !separator(s.tokens.get(t))) {
            t--;
        }
        if (!item(s.tokens.subList(t + 1, begin))) {
            return out;
        }
        while (t >= 0 && separator(s.tokens.get(t))) {
            while (t >= 0 && separator(s.tokens.get(t))) {
                t--;
            }
            int end = t;
            while (t >= 0 && !separator(s.tokens.get(t))) {
                t--;
            }
            if (end < 0 || !item(s.tokens.subList(t + 1, end + 1))) {
                break;
            }
            Optional<Mention> m = s.doc.mentionAt(s.index, end);
            if (m.isPresent() && m.get().entity().type() == EntityType.PERSON && m.get().kind() == Mention.Kind.NAME && m.get().end() == end + 1) {
                out.add(m.get().begin());
            }
        }
        return out;
    }

    /**
     * The people a title lists after it: in "his chief of staff A and Defence Minister B" the
     * parser hangs both names on "chief" as {@code dep}, and the title alone resolves to A.
     */
    static List<IndexedWord> under(ParsedSentence s, IndexedWord title) {
        return s.children(title, "dep").stream()
                .filter(d -> s.entity(d).filter(e -> e.type() == EntityType.PERSON).isPresent()).toList();
    }

    private static boolean separator(CoreLabel tok) {
        return tok.word().equals(",") || tok.word().equalsIgnoreCase("and");
    }

    /** Is this run of tokens a title-and-name item of a list (not a clause, a phrase of place or time, a pronoun)? */
    private static boolean item(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel tok = tokens.get(i);
            boolean link = i > 0 && i < tokens.size() - 1 && TITLE_LINKS.contains(tok.word().toLowerCase(java.util.Locale.ROOT));
            if (!link && !ITEM_TAGS.contains(tok.tag())) {
                return false;
            }
        }
        return true;
    }
}
