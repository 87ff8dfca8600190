package org.factlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.factlint.Checker;
import org.factlint.RuleInfo;
import org.factlint.report.CatalogJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factlint rules}: the catalog, read from the rules' own metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules: id, category, severity and description, grouped by category.")
final class RulesCommand implements Callable<Integer> {

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("factlint: unknown format '" + format + "'; expected text or json");
            return Main.TROUBLE;
        }
        Checker checker = ruleOptions.checker(err);
        if (checker == null) {
            return Main.TROUBLE;
        }
        List<RuleInfo> rules = checker.rules();
        if (format.equals("json")) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                CatalogJson.write(rules, g);
            }
            out.println();
            out.flush();
            return 0;
        }
        String category = null;
        for (RuleInfo r : rules) {
            if (!r.category().equals(category)) {
                category = r.category();
                long n = rules.stream().filter(x -> x.category().equals(r.category())).count();
                out.println((category.equals(rules.get(0).category()) ? "" : "\n") + category + " (" + n + " rule"
                        + (n == 1 ? "" : "s") + ")");
            }
            out.printf("  %-48s %-8s %s%n", r.id(), r.severity().word(), r.description());
        }
        out.printf("%n%d rules in %d categories%n", rules.size(), rules.stream().map(RuleInfo::category).distinct().count());
        out.flush();
        return 0;
    }
}
