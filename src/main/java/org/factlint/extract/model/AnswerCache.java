package org.factlint.extract.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.factlint.extract.ArticleText;

/**
 * The model's answers kept by (model, prompt version, article), so that checking an unchanged
 * article again costs no request. The article counts whole as the model saw it: text, headline,
 * standfirst and publication date. Answers are kept in memory (the most recent
 * {@value #IN_MEMORY}) and, when a folder is given, one file per answer there, so that they
 * outlive the run. Only answers that were read into a document are kept. The cache is an
 * optimisation: a file that cannot be read or written is as if absent. Thread-safe.
 */
public final class AnswerCache {

    static final int IN_MEMORY = 512;

    private final Path folder;
    private final Map<String, String> memory = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > IN_MEMORY;
        }
    };

    /**
     * @param folder where answers are kept across runs (made if missing), or null for memory only
     * @throws IllegalArgumentException if the folder cannot be made
     */
    public AnswerCache(Path folder) {
        this.folder = folder;
        if (folder != null) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new IllegalArgumentException("the model's cache folder " + folder + " cannot be made: " + e.getMessage());
            }
        }
    }

    /** The key: a SHA-256 of the model, the prompt's version and the article as the model sees it. */
    public static String key(String model, String promptVersion, ArticleText a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {model, promptVersion, a.headline(), a.standfirst(),
                    a.publishedDate() == null ? null : a.publishedDate().toString(), a.text()}) {
                sha.update(part == null ? new byte[] {1} : part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The answer kept under {@code key}, if any. */
    public Optional<String> get(String key) {
        synchronized (memory) {
            String hit = memory.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        if (folder == null) {
            return Optional.empty();
        }
        try {
            String answer = Files.readString(file(key), StandardCharsets.UTF_8);
            synchronized (memory) {
                memory.put(key, answer);
            }
            return Optional.of(answer);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps an answer (and, with a folder, writes it whole or not at all). */
    public void put(String key, String answer) {
        synchronized (memory) {
            memory.put(key, answer);
        }
        if (folder == null) {
            return;
        }
        try {
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            Files.writeString(tmp, answer, StandardCharsets.UTF_8);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written is only a cache that does not help
        }
    }

    private Path file(String key) {
        return folder.resolve(key + ".json");
    }
}
