package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences run together where a page lost the space after a full stop ("… President Solih.The
 * Prime Minister …"): the tokenizer keeps "Solih.The" as one word, which hides both the name and
 * the sentence break. Such a word is split into the word, the stop and the next word, with their
 * own character offsets in the unchanged text, and its sentence is split after the stop.
 */
final class FusedSentences {
    /** A word of three letters or more ending in a small letter, a stop, and a capitalised word. */
    private static final Pattern FUSED = Pattern.compile("([A-Za-z]{2,}[a-z])\\.([A-Z][a-z]+)");

    private FusedSentences() {
    }

    /** Mends the tokenized document in place: its tokens, its sentences and their indexes. */
    static void mend(Annotation doc) {
        List<CoreMap> before = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (before == null || doc.get(CoreAnnotations.TokensAnnotation.class).stream().noneMatch(FusedSentences::fused)) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (CoreMap sentence : before) {
            List<CoreLabel> current = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!fused(token)) {
                    current.add(token);
                    continue;
                }
                Matcher m = FUSED.matcher(token.word());
                m.matches();
                int at = token.beginPosition();
                int stop = at + m.end(1);
                current.add(piece(token, m.group(1), at, token.before(), ""));
                current.add(piece(token, ".", stop, "", ""));
                close(text, current, sentences, all);
                current = new ArrayList<>();
                current.add(piece(token, m.group(2), stop + 1, "", token.after()));
            }
            close(text, current, sentences, all);
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    private static boolean fused(CoreLabel token) {
        return FUSED.matcher(token.word()).matches() && (token.originalText() == null || token.word().equals(token.originalText()));
    }

    /** Makes a sentence of the tokens, numbering them and it after those made before. */
    private static void close(String text, List<CoreLabel> tokens, List<CoreMap> sentences, List<CoreLabel> all) {
        if (tokens.isEmpty()) {
            return;
        }
        int index = sentences.size();
        int first = all.size();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            t.setIndex(i + 1);
            t.setSentIndex(index);
            t.set(CoreAnnotations.TokenBeginAnnotation.class, first + i);
            t.set(CoreAnnotations.TokenEndAnnotation.class, first + i + 1);
        }
        all.addAll(tokens);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, first);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, first + tokens.size());
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        sentences.add(sentence);
    }

    private static CoreLabel piece(CoreLabel whole, String word, int begin, String before, String after) {
        CoreLabel p = new CoreLabel(whole);
        p.setWord(word);
        p.setValue(word);
        p.setOriginalText(word);
        p.setBeginPosition(begin);
        p.setEndPosition(begin + word.length());
        p.set(CoreAnnotations.BeforeAnnotation.class, before);
        p.set(CoreAnnotations.AfterAnnotation.class, after);
        return p;
    }
}
