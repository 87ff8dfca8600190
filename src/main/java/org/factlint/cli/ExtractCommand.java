package org.factlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.factlint.ArticleInput;
import org.factlint.Extraction;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.input.InputLimits;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.TextLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factlint extract}: writes the facts factlint reads out of articles, as {@code factlint-facts/1}
 * documents, so that a person can see what was read, correct it, and check the corrected facts.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
        description = {"Extract the facts of articles and write them as factlint-facts/1 documents: one pretty-printed "
                + "document for a single article, one document per line (JSON Lines) for several.",
                "",
                "Takes article text (.txt, .md, .html), article-only documents (a factlint-facts/1 article with no "
                        + "entities and no facts; .json, or .jsonl one per line), folders of them, or - (JSON Lines on "
                        + "standard input). Problems go to standard error; an input that cannot be read does not stop "
                        + "the others, and makes the exit status 2.",
                ""},
        footer = {"", "Examples:",
                "  factlint extract article.txt > article.json         see (and correct) what was read",
                "  factlint check article.json                         check the corrected facts",
                "  factlint extract --published 2025-04-23 drafts/ > drafts.jsonl",
                "  factlint extract --extractor model --model-url http://localhost:8000/v1 --model qwen2.5 a.txt",
                "",
                "Exit status: 0 every input extracted; 2 bad usage, or an input that could not be read or extracted."})
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article text (.txt, .md, .html), article-only "
            + "documents (.json, .jsonl), folders of them, or - for JSON Lines on standard input.")
    List<Path> paths;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the documents to FILE (replaced whole, only once complete) instead of standard output.")
    Path output;

    @Mixin
    TextOptions textOptions;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    ExtractorOptions extractorOptions;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    ExtractCommand() {
        this(System.in);
    }

    ExtractCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Extraction extraction;
        ArticleMeta overrides;
        try {
            InputLimits limits = limitOptions.limits();
            TextLimits textLimits = textOptions.limits();
            overrides = textOptions.overrides();
            extraction = new Extraction(extractorOptions.forRun(System.getenv()).defaultExtractor(), limits, textLimits,
                    Clock.systemDefaultZone());
        } catch (IllegalArgumentException e) {
            err.println("factlint: " + e.getMessage());
            return Main.TROUBLE;
        }
        List<Inputs.Input> inputs = textOptions.inputs(paths, err);
        if (inputs == null) {
            return Main.TROUBLE;
        }
        boolean single = inputs.size() == 1 && inputs.get(0).error() == null && !inputs.get(0).isJsonLines();
        boolean[] failed = {false};
        try (Output out = Output.open(output, spec.commandLine().getOut())) {
            Writer w = out.writer();
            try {
                Documents.forEach(inputs, stdin, limitOptions.limits().maxBytes(), doc -> {
                    Extraction.Result r = extract(extraction, doc, overrides);
                    for (Problem p : r.problems()) {
                        err.println("factlint: " + doc.name() + ": " + p);
                    }
                    failed[0] |= !r.ok();
                    if (r.json() != null) {
                        write(r.json(), single, w);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.commit();
        } catch (IOException e) {
            err.println("factlint: cannot write the facts" + (output != null ? " to " + output : "") + ": " + e.getMessage());
            return Main.TROUBLE;
        }
        return failed[0] ? Main.TROUBLE : 0;
    }

    private static Extraction.Result extract(Extraction extraction, Documents.Doc doc, ArticleMeta overrides) {
        if (doc.error() != null) {
            return new Extraction.Result(null, null, List.of(Problem.error("", doc.error())));
        }
        if (doc.text() != null) {
            return extraction.fromText(ArticleInput.of(doc.bytes(), doc.text()).withOverrides(overrides).fileName(doc.name()));
        }
        return extraction.fromJson(doc.bytes(), overrides);
    }

    /** One document, pretty-printed when it is the only one, else on one line. */
    private static void write(String json, boolean pretty, Writer w) {
        try {
            JsonNode tree = JSON.readTree(json);
            w.write(pretty ? JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree) : JSON.writeValueAsString(tree));
            w.write('\n');
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
