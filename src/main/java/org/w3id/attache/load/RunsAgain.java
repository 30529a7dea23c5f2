package org.w3id.attache.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.w3id.attache.imports.RdfFileReader;

/**
 * The graphs whose runs failed the shapes while the shards were read: each gathered whole from
 * the shards that hold it, once every entity is known, and judged for the last time. Only those
 * shards are read again, and only those graphs held in memory.
 */
final class RunsAgain {
    private RunsAgain() {
    }

    static List<RunCheck.Verdict> gather(Map<Node, List<Path>> retry, RunCheck check) {
        if (retry.isEmpty()) {
            return List.of();
        }
        Set<Path> files = new LinkedHashSet<>();
        retry.values().forEach(files::addAll);
        Map<Node, List<Quad>> whole = new LinkedHashMap<>();
        Map<Node, Path> firstFile = new LinkedHashMap<>();
        Map<Node, String> breaches = new LinkedHashMap<>();
        for (Path file : files) {
            RdfFileReader.parse(file, new RunSplitter(file, new SideData(), run -> {
                if (retry.containsKey(run.graph())) {
                    whole.computeIfAbsent(run.graph(), g -> new ArrayList<>()).addAll(run.quads());
                    firstFile.putIfAbsent(run.graph(), file);
                    if (run.breach() != null) {
                        breaches.putIfAbsent(run.graph(), run.breach());
                    }
                }
            }));
        }
        List<RunCheck.Verdict> out = new ArrayList<>();
        whole.forEach((g, quads) -> out.addAll(check.check(List.of(new GraphRun(firstFile.get(g), g, quads, breaches.get(g))), true)));
        return out;
    }
}
