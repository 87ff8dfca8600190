package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output is never lost or half-written: a report file appears whole or not at all (the old one is
 * kept when a run fails), and a failing standard output gives a non-zero exit and a message
 * rather than a truncated report that looks whole.
 */
class OutputSafetyTest {

    private static final String SEED = CliTest.SEED;

    @Test
    void anOutputFileThatCannotBeCreatedIsExitTwoWithAMessageAndNoFile(@TempDir Path dir) throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notADir.resolve("report.txt");
        CliTest.Run r = CliTest.run("check", "--output", target.toString(), SEED);
        assertEquals(Main.TROUBLE, r.status());
        assertTrue(r.err().contains("factlint: cannot write the report to " + target), r.err());
        assertEquals("", r.out());
        assertEquals(List.of(notADir), list(dir), "nothing else was written");
    }

    @Test
    void anOutputPathThatIsAFolderIsExitTwoAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("keep.txt"), "kept");
        CliTest.Run r = CliTest.run("check", "--output", folder.toString(), SEED);
        assertEquals(Main.TROUBLE, r.status());
        assertTrue(r.err().contains("cannot write the report to " + folder), r.err());
        assertEquals(List.of(folder), list(dir), "no temporary file left beside the target");
        assertEquals("kept", Files.readString(folder.resolve("keep.txt")));
    }

    @Test
    void theOldReportIsKeptWhenARunFailsBeforeWriting(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "the previous report\n");
        Path brokenRules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(brokenRules.resolve("broken.drl"), "rule \"Broken\" when then end oops");
        CliTest.Run r = CliTest.run("check", "--rules", brokenRules.toString(), "--output", report.toString(), SEED);
        assertEquals(Main.TROUBLE, r.status());
        assertEquals("the previous report\n", Files.readString(report));
        assertEquals(List.of(report, brokenRules), list(dir));
    }

    @Test
    void anOutputAbandonedHalfWayLeavesTheOldFileWholeAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "{\"old\":true}\n");
        try (Output out = Output.open(report, new PrintWriter(new StringWriter()))) {
            out.writer().write("{\"format\":\"factlint-report/1\",\"findi");
            out.writer().flush();
            // the run fails here: no commit
        }
        assertEquals("{\"old\":true}\n", Files.readString(report));
        assertEquals(List.of(report), list(dir));
    }

    @Test
    void aCompleteRunReplacesTheOldFileWhole(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        CliTest.Run r = CliTest.run("check", "--format", "json", "--output", report.toString(), SEED);
        assertEquals(0, r.status(), r.err());
        String written = Files.readString(report);
        assertTrue(written.startsWith("{\"format\":\"factlint-report/1\"") && written.endsWith("}\n"), written);
        assertEquals(List.of(report), list(dir));
    }

    @Test
    void aNewReportFileGetsAnOrdinaryFilesPermissionsAndAnOldOneKeepsItsOwn(@TempDir Path dir) throws IOException {
        // what the umask gives any new file here (a temporary file would be rw------- whatever the umask)
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        Path report = dir.resolve("report.json");
        CliTest.Run r = CliTest.run("check", "--format", "json", "--output", report.toString(), SEED);
        assertEquals(0, r.status(), r.err());
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(report));

        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        r = CliTest.run("check", "--format", "json", "--output", report.toString(), SEED);
        assertEquals(0, r.status(), r.err());
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aFailingStandardOutputIsExitTwoWithAMessage() {
        StringWriter err = new StringWriter();
        // a stream that takes 100 bytes and then fails, like a pipe whose reader has gone
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        int status = Main.run(new String[] {"check", "--rules", "rules", "--format", "json", SEED, CliTest.CONTRADICTION},
                new PrintWriter(failing, true), new PrintWriter(err, true));
        assertEquals(Main.TROUBLE, status);
        assertTrue(err.toString().contains("factlint: cannot write the report: standard output was closed or failed"),
                err.toString());
    }

    @Test
    void aClosedPipeIsANonZeroExitWithAMessage() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the JSON reports of every example are far more than the 10 bytes head takes before closing the pipe
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "\"$0\" -cp \"$1\" org.factlint.cli.Main check --rules rules "
                + "--format json facts/ | head -c 10 > /dev/null; echo \"exit=${PIPESTATUS[0]}\"", java, classPath);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the pipeline finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(out.contains("factlint: cannot write the report: standard output was closed or failed"), out);
        assertTrue(out.trim().endsWith("exit=2"), out);
    }

    @Test
    void limitFlagsChangeTheLimitsAndBadValuesAreUsageErrors(@TempDir Path dir) {
        CliTest.Run few = CliTest.run("check", "--format", "json", "--max-facts", "10", SEED);
        assertEquals(Main.TROUBLE, few.status());
        assertTrue(few.out().contains("has more than 10 entries; the limit is 10"), few.out());
        CliTest.Run small = CliTest.run("check", "--max-bytes", "1000", SEED);
        assertEquals(Main.TROUBLE, small.status());
        assertTrue(small.out().contains("the limit is 1,000 bytes"), small.out());
        CliTest.Run zero = CliTest.run("check", "--max-depth", "0", SEED);
        assertEquals(Main.TROUBLE, zero.status());
        assertTrue(zero.err().contains("every input limit must be at least 1"), zero.err());
        assertEquals(0, CliTest.run("check", "--max-facts", "100", "--max-items", "10", "--max-string", "100000", SEED).status());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
