package org.factlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fingerprints of findings an editor has accepted ("this is fine"), as {@code --ignore FILE}
 * reads them. Two forms:
 * <pre>
 * # factlint ignore list: one fingerprint per line; '#' starts a comment
 * 6a2739a01786c89a11b5  # attendance.attended-and-absent: Marco Rubio is reported as ...
 * </pre>
 * or a JSON array of fingerprints, or of {@code {"fingerprint": ..., "note": ...}} objects.
 * Anything else is refused with the line it is on: a typo must not silently accept nothing.
 */
public final class IgnoreList {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{20}");
    private static final String EXPECTED = "expected a finding's fingerprint (20 hexadecimal digits, as the report's "
            + "\"fingerprint\" gives it), optionally followed by a # comment";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IgnoreList() {
    }

    /** Every fingerprint of the files, in order; throws with file and line for a file that is not an ignore list. */
    public static Set<String> read(List<Path> files) throws IOException {
        Set<String> all = new LinkedHashSet<>();
        for (Path file : files) {
            String content;
            try {
                content = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IOException(file + ": no such file", e);
            } catch (CharacterCodingException e) {
                throw new IOException(file + ": not UTF-8 text", e);
            } catch (IOException e) {
                throw new IOException(file + ": cannot read: " + e.getMessage(), e);
            }
            try {
                all.addAll(parse(content));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + e.getMessage(), e);
            }
        }
        return all;
    }

    /**
     * The fingerprints of one ignore list's content.
     *
     * @throws IllegalArgumentException "LINE: what is wrong" for content that is not an ignore list
     */
    public static Set<String> parse(String content) {
        String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return s.stripLeading().startsWith("[") ? parseJson(s) : parseLines(s);
    }

    private static Set<String> parseLines(String content) {
        Set<String> fingerprints = new LinkedHashSet<>();
        String[] lines = content.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String value = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (value.isEmpty()) {
                continue;
            }
            String fp = value.toLowerCase(Locale.ROOT);
            if (!FINGERPRINT.matcher(fp).matches()) {
                throw new IllegalArgumentException((i + 1) + ": " + EXPECTED + " but found '" + clip(value) + "'");
            }
            fingerprints.add(fp);
        }
        return fingerprints;
    }

    private static Set<String> parseJson(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 1;
            throw new IllegalArgumentException(line + ": not valid JSON: " + e.getOriginalMessage());
        }
        Set<String> fingerprints = new LinkedHashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            JsonNode fp = item.isObject() ? item.get("fingerprint") : item;
            String value = fp != null && fp.isTextual() ? fp.asText().strip().toLowerCase(Locale.ROOT) : "";
            if (!FINGERPRINT.matcher(value).matches()) {
                throw new IllegalArgumentException("/" + i + ": expected a fingerprint string or a "
                        + "{\"fingerprint\": ..., \"note\": ...} object but found " + clip(item.toString()));
            }
            fingerprints.add(value);
        }
        return fingerprints;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
