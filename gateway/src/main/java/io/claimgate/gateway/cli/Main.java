package io.claimgate.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgate} command line. */
@Command(name = "claimgate", mixinStandardHelpOptions = true, version = "claimgate 0.1.0",
        description = "X12 EDI clearinghouse gateway: render, validate and read X12 5010 health care transactions.",
        subcommands = {CommandLine.HelpCommand.class, RenderCommand.class, ValidateCommand.class,
                ReadCommand.class, GenerateCommand.class, XmlCommand.class, ServeCommand.class, SubmitterCommand.class,
                RemittanceCommand.class,
                BenchLoadCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // Picocli makes every subcommand to build the full command line, loading their classes (JSON
            // mappers, X12 readers, Smooks); the server needs none of them before it listens, so `serve`
            // is built alone. It parses and answers (--help too) exactly as under the full command line.
            return new CommandLine(new ServeCommand()).setCommandName("claimgate serve")
                    .execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
