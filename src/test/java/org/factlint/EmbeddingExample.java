package org.factlint;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedding example that README.md quotes between the markers below; EmbeddingExampleTest
 * runs it and checks that the README shows exactly these lines, so the README's example compiles.
 */
final class EmbeddingExample {

    private EmbeddingExample() {
    }

    static String run() throws Exception {
        // README-BEGIN
        Checker checker = Checker.builder()
                .rules(Path.of("rules"))          // a folder of .drl files; leave out for the bundled rules
                .build();                         // compiles once; share it across threads
        String json = Files.readString(Path.of("facts/examples/attendance/attended-and-withdrew.json"));
        CheckOptions options = CheckOptions.DEFAULT.withMinimum(Severity.WARNING);
        Report report = checker.check(json, "article-42", options);
        for (Finding f : report.findings()) {
            System.out.println(f.severity().word() + " " + f.rule() + ": " + f.message());
        }
        String reportJson = report.toJson();      // factlint-report/1, as the CLI and the service write it
        // README-END
        return reportJson;
    }
}
