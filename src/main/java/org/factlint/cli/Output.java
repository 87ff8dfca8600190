package org.factlint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a report goes. A file is written to a temporary file beside it and renamed over it only
 * once complete, so a failed run never leaves a truncated report that looks whole.
 */
final class Output implements AutoCloseable {

    private final Writer writer;
    private final Path target;
    private final Path temp;
    private final PrintWriter stdout;
    private boolean committed;

    private Output(Writer writer, Path target, Path temp, PrintWriter stdout) {
        this.writer = writer;
        this.target = target;
        this.temp = temp;
        this.stdout = stdout;
    }

    static Output open(Path file, PrintWriter stdout) throws IOException {
        if (file == null) {
            return new Output(stdout, null, null, stdout);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        // A lone surrogate (a "\\ud800" escape in the input) becomes '?' rather than failing the whole report.
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Output(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), utf8)), file, temp, stdout);
    }

    Writer writer() {
        return writer;
    }

    /** Makes the output final: flushes standard output (and fails if it is broken), or renames the file into place. */
    void commit() throws IOException {
        if (target == null) {
            stdout.flush();
            if (stdout.checkError()) {
                throw new IOException("standard output was closed or failed");
            }
            return;
        }
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (target != null && !committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
