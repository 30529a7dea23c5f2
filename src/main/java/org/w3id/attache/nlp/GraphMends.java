package org.w3id.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * The repairs made to the parser's dependency graphs where it is known to go wrong in news
 * ({@link RelativeClauses}, {@link TimePlaces}, {@link PassiveAgents},
 * {@link TalkPartners}, {@link GerundClauses}, {@link TitleAppositions}), each applied in place to
 * the basic and enhanced graphs of every sentence, in this order.
 */
final class GraphMends {
    private static final List<Consumer<SemanticGraph>> MENDS = List.of(RelativeClauses::mend, TimePlaces::mend, PassiveAgents::mend,
            TalkPartners::mend, GerundClauses::mend, TitleAppositions::mend);

    private GraphMends() {
    }

    static void mend(Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (SemanticGraph graph : List.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)
                    .stream().map(sentence::get).filter(g -> g != null).toList()) {
                MENDS.forEach(m -> m.accept(graph));
            }
        }
    }
}
