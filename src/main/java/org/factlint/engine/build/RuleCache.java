package org.factlint.engine.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A folder of compiled rule sets, one file per content key ({@link RuleSources#contentKey}).
 * An entry is written to a temporary file and renamed into place, so a reader sees a whole
 * entry or none, and two processes that compile the same rules at once simply both write the
 * same entry. A rule edit changes the key, so a stale entry is never read; old entries are
 * pruned beyond {@link #KEEP}. Cache trouble (unwritable folder, damaged entry) only costs a
 * compilation, never a failed check.
 */
public final class RuleCache {

    /** Entries kept: enough for a few rule folders and versions side by side. */
    static final int KEEP = 16;
    private static final String SUFFIX = ".rules.jar";

    private final Path folder;

    public RuleCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /** The cached bytes for a key, or null. */
    byte[] get(String key) {
        Path p = entry(key);
        try {
            byte[] bytes = Files.readAllBytes(p);
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
            return bytes;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Stores an entry; failures are ignored (the next start compiles again). */
    void put(String key, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "." + key.substring(0, 12) + ".", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, entry(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            prune();
        } catch (IOException | SecurityException e) {
            // a cache that cannot be written is no cache; the rules were compiled all the same
        }
    }

    /** Removes an entry that could not be loaded. */
    void evict(String key) {
        try {
            Files.deleteIfExists(entry(key));
        } catch (IOException | SecurityException e) {
            // the next writer replaces it
        }
    }

    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            dir.forEach(entries::add);
        }
        if (entries.size() <= KEEP) {
            return;
        }
        entries.sort(Comparator.comparing(RuleCache::modified).reversed());
        for (Path old : entries.subList(KEEP, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
