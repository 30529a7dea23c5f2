package org.w3id.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.attache.store.Store;
import org.w3id.attache.wikidata.WikidataView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache remove}: drop articles and whatever only they supported. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove articles (by url) and every fact and entity only they supported.")
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "URL")
    List<String> urls;

    @Override
    public Integer call() {
        int missing = 0;
        try (Store s = Store.open(store.path())) {
            for (String url : urls) {
                if (s.remove(url)) {
                    spec.commandLine().getErr().println("removed " + url);
                } else {
                    spec.commandLine().getErr().println("attache remove: no article with url " + url);
                    missing++;
                }
            }
            WikidataView.rebuild(s);
        }
        return missing > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
