package org.w3id.attache.cli;

import org.w3id.attache.intake.InputException;
import picocli.CommandLine;

/** attache's exit codes, and the one place where an exception becomes one. */
final class ExitCode {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    private ExitCode() {
    }

    /** Maps an exception escaping a command to a message on stderr and an exit code. */
    static int of(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean badInput = e instanceof InputException || e instanceof IllegalArgumentException || e instanceof java.nio.file.NoSuchFileException
                || e instanceof org.w3id.attache.imports.RdfSyntaxException || e instanceof org.w3id.attache.load.LoadException;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cmd.getErr().println("attache " + cmd.getCommandName() + ": " + message);
        if (!badInput && System.getenv("ATTACHE_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        return badInput ? BAD_INPUT : FAILURE;
    }
}
