package org.w3id.attache.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.w3id.attache.mapping.ArticleGraphs;

/**
 * The child JVM of {@link CrashSafetyLongIT}: opens the store and writes articles read by
 * {@link ArticleGraphsFiles}, each with {@link Store#put} (one write transaction, as
 * {@code attache ingest} does), in a shuffled order for a number of rounds. It prints
 * {@code ready} once the store is open and {@code stored MILLIS URL} after each put has returned, so the
 * parent knows which writes were committed before it kills the process.
 *
 * <p>Arguments: STORE-DIR FIXTURE-DIR SEED ROUNDS.
 */
public final class StoreWriterChild {
    private StoreWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        List<ArticleGraphs> articles = new ArrayList<>(ArticleGraphsFiles.read(Path.of(args[1])));
        Random random = new Random(Long.parseLong(args[2]));
        int rounds = Integer.parseInt(args[3]);
        try (Store s = Store.open(store)) {
            System.out.println("ready");
            System.out.flush();
            for (int round = 0; round < rounds; round++) {
                Collections.shuffle(articles, random);
                for (ArticleGraphs a : articles) {
                    long t0 = System.nanoTime();
                    s.put(a);
                    System.out.println("stored " + (System.nanoTime() - t0) / 1_000_000 + " " + a.url());
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
        System.out.flush();
    }
}
