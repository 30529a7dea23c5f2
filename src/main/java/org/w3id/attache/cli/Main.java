package org.w3id.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attache} command: subcommands for each stage a researcher drives. */
@Command(name = "attache", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news about relations between states into a knowledge graph you can query.",
        subcommands = {IngestCommand.class, QueryCommand.class, ServeCommand.class, DemoCommand.class,
                RemoveCommand.class, StatsCommand.class, ExplainCommand.class, ParseCommand.class, BenchCommand.class,
                LinkCommand.class, GazetteerCommand.class, ExportCommand.class, DescribeCommand.class, ImportCommand.class,
                ValidateCommand.class, EvaluateCommand.class, TrainCommand.class, EventsCommand.class, CompactCommand.class, LoadCommand.class,
                SparkExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs attache with {@code args} and returns the exit code, without exiting. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(ExitCode::of);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("attache: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCode.BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"attache " + (v == null ? "dev" : v)};
        }
    }
}
