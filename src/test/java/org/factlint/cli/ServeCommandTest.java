package org.factlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factlint serve} on the command line: its flags, and refusing to start with a broken rule set. */
class ServeCommandTest {

    static CliTest.Run serve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new CliTest.Run(status, out.toString(), err.toString());
    }

    @Test
    void sizesAndDurationsReadAsDocumented() {
        assertEquals(4L << 20, ServeCommand.size("4m"));
        assertEquals(512L << 10, ServeCommand.size("512k"));
        assertEquals(1000, ServeCommand.size("1000"));
        assertEquals(Duration.ofMillis(500), ServeCommand.duration("500ms"));
        assertEquals(Duration.ofSeconds(10), ServeCommand.duration("10s"));
        assertEquals(Duration.ofMillis(1500), ServeCommand.duration("1.5s"));
        assertEquals(Duration.ofMinutes(2), ServeCommand.duration("2m"));
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.size("lots"));
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.duration("10"));
    }

    @Test
    void badLimitsAreUsageErrors() {
        CliTest.Run r = serve("--time-limit", "soon");
        assertEquals(Main.TROUBLE, r.status());
        assertTrue(r.err().contains("--time-limit"), r.err());
        assertEquals(Main.TROUBLE, serve("--workers", "0").status());
    }

    @Test
    void aBrokenRuleSetIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package x\nrule \"r\"\nwhen\n  Foo( \nthen\nend\n");
        CliTest.Run r = serve("--port", "0", "--rules", dir.toString());
        assertEquals(Main.TROUBLE, r.status());
        assertTrue(r.err().contains("the rule set was refused; not serving"), r.err());
        assertTrue(r.err().contains("broken.drl:"), r.err());
    }

    @Test
    void helpNamesEveryLimit() {
        CliTest.Run r = serve("--help");
        assertEquals(0, r.status());
        for (String flag : new String[] {"--port", "--bind", "--rules", "--reference", "--workers", "--queue", "--max-body",
                "--max-facts", "--max-batch", "--time-limit", "--access-log"}) {
            assertTrue(r.out().contains(flag), flag);
        }
    }
}
