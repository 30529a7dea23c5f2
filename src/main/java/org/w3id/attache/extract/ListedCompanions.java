package org.w3id.attache.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.attache.nlp.AnalysedArticle;
import org.w3id.attache.nlp.Entity;
import org.w3id.attache.nlp.EntityType;
import org.w3id.attache.nlp.Mention;

/**
 * "He was accompanied by A, the minister for security, Foreign Minister B and the head of the
 * intelligence service, C": the parser loses long lists of names with their posts between them,
 * so only A was found to travel with him. The people named after a member of a delegation, in a
 * list of names, posts and commas that no verb or clause breaks, are members of the same
 * delegation.
 */
final class ListedCompanions implements ArticlePass {

    static final String RULE = "delegation.listed-after-member";
    /** Tags of the words a list of names and posts is made of. */
    private static final Pattern LIST_TAG = Pattern.compile("NNP?S?|JJ.?|DT|PRP\\$|IN|CC|CD|POS|HYPH|,|-LRB-|-RRB-|``|''");
    /** Words that end a list even where their tags would not: another clause or sentence begins. */
    private static final Set<String> BREAKS = Set.of("while", "as", "after", "before", "who", "which", "where", "when", "because", "that", "but");

    @Override
    public List<Fact> apply(List<Fact> facts, AnalysedArticle doc) {
        List<Fact> out = new ArrayList<>(facts);
        Set<String> known = new HashSet<>();
        facts.forEach(f -> known.add(FactKey.of(f)));
        for (Fact f : facts) {
            if (f.type() != FactType.DELEGATION || f.negated() || f.role("member") == null || f.role("leader") == null) {
                continue;
            }
            for (Entity next : listedAfter(doc, f.sentence(), f.role("member"))) {
                Fact added = f.withRole("member", next).withRule(RULE);
                if (!next.equals(f.role("leader")) && known.add(FactKey.of(added))) {
                    out.add(added);
                }
            }
        }
        return out;
    }

    /** The people named after {@code member} in the sentence, as long as the list goes on. */
    private static List<Entity> listedAfter(AnalysedArticle doc, int sentence, Entity member) {
        List<Mention> mentions = doc.mentions(sentence);
        List<CoreLabel> tokens = doc.tokens(sentence);
        List<Entity> out = new ArrayList<>();
        int from = -1;
        for (Mention m : mentions) {
            if (from < 0) {
                if (member.equals(m.entity()) && m.kind() == Mention.Kind.NAME) {
                    from = m.end();
                }
                continue;
            }
            if (m.entity().type() != EntityType.PERSON || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            if (!listGoesOn(tokens, from, m.begin())) {
                break;
            }
            out.add(m.entity());
            from = m.end();
        }
        return out;
    }

    /** A participle before a noun qualifies it ("the coordinating minister"), as an adjective would. */
    private static boolean qualifiesANoun(List<CoreLabel> tokens, int i) {
        String tag = tokens.get(i).tag();
        return (tag.equals("VBG") || tag.equals("VBN")) && i + 1 < tokens.size() && tokens.get(i + 1).tag() != null
                && tokens.get(i + 1).tag().startsWith("NN");
    }

    /** Are the words between two names those of a list: posts, commas, "and", with no verb or clause? */
    private static boolean listGoesOn(List<CoreLabel> tokens, int from, int to) {
        boolean separated = false;
        for (int i = from; i < to && i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String word = t.word().toLowerCase(java.util.Locale.ROOT);
            if (t.tag() == null || BREAKS.contains(word) || !LIST_TAG.matcher(t.tag()).matches() && !qualifiesANoun(tokens, i)) {
                return false;
            }
            separated |= word.equals(",") || word.equals("and");
        }
        return separated;
    }
}
