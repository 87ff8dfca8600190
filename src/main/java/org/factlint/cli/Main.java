package org.factlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code factlint} command: {@code check}, {@code extract}, {@code rules}, {@code serve}. */
@Command(name = "factlint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Finds contradictions inside a news article: from its text, or from the facts extracted from it.", ""},
        subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 no finding at or above --fail-on; 1 at least one; 2 bad usage or an input "
                + "that could not be checked.", "See README.md for the facts format and the rule catalog."})
public final class Main implements Runnable {

    /** Exit status when a finding at or above --fail-on was found. */
    public static final int FINDINGS = 1;
    /** Exit status for bad usage or an input that could not be checked. */
    public static final int TROUBLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: check, extract, rules or serve");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** Runs the command line with the given streams ({@code in} is what {@code check -} reads); returns the exit status. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> cls) throws Exception {
                return cls == CheckCommand.class ? (K) new CheckCommand(in)
                        : cls == ExtractCommand.class ? (K) new ExtractCommand(in) : defaults.create(cls);
            }
        };
        CommandLine cl = new CommandLine(new Main(), factory)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, a) -> {
                    CommandLine c = e.getCommandLine();
                    c.getErr().println("factlint: " + e.getMessage());
                    // "chek": "Did you mean: factlint check?"
                    CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr());
                    c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
                    return TROUBLE;
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("factlint: " + e.getMessage());
                    return TROUBLE;
                });
        return cl.execute(args);
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/org/factlint/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"factlint " + p.getProperty("version", "(development build)")
                    + " (Drools rules, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
