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
import java.nio.file.FileAlreadyExistsException;
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
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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
        Path temp = newTemp(dir == null ? Path.of("") : dir, file.getFileName().toString());
        // A lone surrogate (a "\\ud800" escape in the input) becomes '?' rather than failing the whole report.
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Output(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), utf8)), file, temp, stdout);
    }

    /**
     * A new file beside the target, made as any other file the user writes (so the umask gives its
     * permissions, usually rw-r--r--; a temporary file's would be rw-------); an existing target's
     * permissions are kept.
     */
    private static Path newTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            Path target = dir.resolve(name);
            if (Files.exists(target)) {
                try {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system, or not ours to read: the new file keeps the default
                }
            }
            return temp;
        }
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
