package org.factlint.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.factlint.engine.helpers.Places;

/**
 * Turns GeoNames' {@code cities15000.txt} and {@code admin1CodesASCII.txt} (download.geonames.org,
 * CC BY 4.0) into the city list the place rules read, {@code cities15000.tsv}: one line per city
 * with its country code, first-level region (and its key), population, the name messages use and
 * the keys of every name it goes by, already in the form {@link Places#key} compares. The keys
 * are computed here, once, so that loading the list costs a split per line and no normalising.
 *
 * <p>Names kept: the GeoNames name, its ASCII form, and the alternate names written in Latin
 * letters with at least one lower-case letter (so "Kiev", "Kyiv", "Kiew" are one city; airport
 * codes such as "IEV" are left out), of three letters or more and at most four words, and not
 * the name of a first-level region anywhere (Calgary's other names include "Alberta").
 *
 * <pre>
 * java -cp "target/factlint.jar:target/lib/*" org.factlint.tools.GeoNamesCities \
 *     cities15000.txt admin1CodesASCII.txt "GeoNames cities15000, 2012-06-24" \
 *     src/main/resources/org/factlint/engine/helpers/cities15000.tsv
 * </pre>
 * (scripts/update-gazetteer.sh downloads the current files and runs this.)
 */
public final class GeoNamesCities {

    private GeoNamesCities() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: GeoNamesCities CITIES15000.TXT ADMIN1CODESASCII.TXT SOURCE-NOTE OUT.TSV");
            System.exit(2);
        }
        Map<String, String> regions = new HashMap<>();
        Set<String> regionKeys = new java.util.HashSet<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 3) {
                regions.put(f[0], f[2]);
                regionKeys.add(Places.key(f[2]));
                regionKeys.add(Places.regionKey(f[2]));
            }
        }
        int written = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.write("# Cities of 15,000 people or more, from GeoNames (https://www.geonames.org/), under the Creative\n"
                    + "# Commons Attribution licence (https://creativecommons.org/licenses/by/4.0/). Source: " + args[2] + ".\n"
                    + "# Made by org.factlint.tools.GeoNamesCities (scripts/update-gazetteer.sh); do not edit by hand:\n"
                    + "# places.tsv, the hand list, comes first and holds the corrections.\n"
                    + "# Tab-separated: country code, first-level region, its key (Places.regionKey), population, name,\n"
                    + "# keys (|-separated, as org.factlint.engine.helpers.Places.key compares names).\n");
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !f[6].equals("P")) {
                    continue;
                }
                Set<String> keys = new LinkedHashSet<>();
                add(keys, f[1]);
                add(keys, f[2]);
                for (String alt : f[3].split(",")) {
                    // an other name that is a region's ("Alberta" for Calgary) would make the region a city
                    if (latin(alt) && !regionKeys.contains(Places.key(alt))) {
                        add(keys, alt);
                    }
                }
                if (keys.isEmpty()) {
                    continue;
                }
                String region = regions.getOrDefault(f[8] + "." + f[10], "");
                String regionKey = Places.regionKey(region);
                out.write(f[8] + "\t" + clean(region) + "\t" + (regionKey == null ? "" : regionKey) + "\t" + f[14] + "\t"
                        + clean(f[1]) + "\t" + String.join("|", keys) + "\n");
                written++;
            }
        }
        System.err.println("GeoNamesCities: " + written + " cities written to " + args[3]);
    }

    private static void add(Set<String> keys, String name) {
        String k = Places.key(name);
        if (k.replace(" ", "").length() >= 3 && k.length() <= 40 && k.split(" ").length <= 4) {
            keys.add(k);
        }
    }

    /** Latin letters (accents allowed), spaces, hyphens, apostrophes and dots, with a lower-case letter. */
    static boolean latin(String name) {
        if (name.isBlank() || name.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c < 0x250 && (Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '.'
                    || c == '\u2019');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', ' ').strip();
    }
}
