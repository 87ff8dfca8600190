package org.factlint.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.factlint.RuleSetException;
import org.factlint.RuleSetException.RuleError;

/**
 * The DRL files of one rule folder, read once: their paths relative to the folder and their
 * bytes. {@link #contentKey} names this exact content, so that anything compiled from it can be
 * cached and found again, and any edit to any file gives a different key.
 *
 * @param folder the rule folder as given
 * @param files  the {@code .drl} files below it, sorted by relative path
 */
public record RuleSources(Path folder, List<File> files) {

    /** One rule file: its path relative to the folder ({@code /} separated) and its content. */
    public record File(String relative, Path path, byte[] content) {
    }

    public RuleSources {
        files = List.copyOf(files);
    }

    /** Reads every {@code *.drl} file below {@code folder}. */
    public static RuleSources read(Path folder) throws RuleSetException {
        if (!Files.isDirectory(folder)) {
            throw refused(folder, "not a folder of .drl rule files");
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw refused(folder, "cannot list: " + e.getMessage());
        }
        if (paths.isEmpty()) {
            throw refused(folder, "no .drl rule files found");
        }
        List<File> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.add(new File(folder.relativize(p).toString().replace('\\', '/'), p, Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new RuleSetException(List.of(new RuleError(p.toString(), 0, "cannot read: " + e.getMessage())));
            }
        }
        return new RuleSources(folder, files);
    }

    /**
     * A SHA-256 over every file's relative path and bytes, and over {@code salt} (what else the
     * compiled form depends on: the build mode, the Drools version, factlint's own classes).
     */
    public String contentKey(String salt) {
        MessageDigest sha = sha256();
        update(sha, salt.getBytes(StandardCharsets.UTF_8));
        for (File f : files) {
            update(sha, f.relative().getBytes(StandardCharsets.UTF_8));
            update(sha, f.content());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each part is preceded by its length, so that moving bytes from one file to the next changes the key. */
    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(String.valueOf(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static RuleSetException refused(Path folder, String message) {
        return new RuleSetException(List.of(new RuleError(folder.toString(), 0, message)));
    }
}
