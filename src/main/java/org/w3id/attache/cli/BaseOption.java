package org.w3id.attache.cli;

import org.w3id.attache.mapping.Iris;
import picocli.CommandLine.Option;

/** The {@code --base IRI} option of the commands that mint IRIs; the same namespace {@code serve --base} answers. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI", description = "namespace of the minted IRIs, the one serve --base answers (default: ${DEFAULT-VALUE})")
    String base = Iris.DEFAULT_BASE;

    /** The IRIs under the chosen base; a bad base is the caller's input error, named after the option. */
    Iris iris() {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--base: " + e.getMessage(), e);
        }
    }
}
