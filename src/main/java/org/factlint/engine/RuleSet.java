package org.factlint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.factlint.RuleInfo;
import org.factlint.RuleSetException;
import org.factlint.RuleSetException.RuleError;
import org.factlint.Severity;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/**
 * The DRL files of one rule folder, compiled once into a Drools {@link KieBase}, with the
 * catalog read from each rule's metadata. Immutable and thread-safe: sessions are made per check.
 * A folder that does not compile, or a rule without complete metadata, is refused whole.
 */
public final class RuleSet {

    /** The eleven categories of the report format, in the order reports list them. */
    public static final List<String> CATEGORIES = List.of("attendance", "meeting-level", "role", "affiliation", "date",
            "sequence", "place", "quantity", "quote", "claim", "name");

    /** The global through which rules reach the {@link Context}. */
    static final String CONTEXT_GLOBAL = "ctx";

    private static final String RESOURCES = "src/main/resources/";

    private final Path folder;
    private final KieBase kieBase;
    private final List<RuleInfo> catalog;
    private final boolean usesContext;

    private RuleSet(Path folder, KieBase kieBase, List<RuleInfo> catalog, boolean usesContext) {
        this.folder = folder;
        this.kieBase = kieBase;
        this.catalog = List.copyOf(catalog);
        this.usesContext = usesContext;
    }

    /** Compiles every {@code *.drl} file below {@code folder}. */
    public static RuleSet compile(Path folder) throws RuleSetException {
        List<Path> files = drlFiles(folder);
        KieServices ks = KieServices.Factory.get();
        // Each compilation under its own release id: Drools keeps built modules in one process-wide
        // repository, where two folders compiled at once under the default id would swap rules.
        ReleaseId releaseId = ks.newReleaseId("org.factlint.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        Map<String, Path> byResource = new HashMap<>();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            byResource.put(relative, file);
            try {
                Resource r = ks.getResources().newByteArrayResource(Files.readAllBytes(file)).setSourcePath(relative);
                kfs.write(RESOURCES + relative, r);
            } catch (IOException e) {
                throw new RuleSetException(List.of(new RuleError(file.toString(), 0, "cannot read: " + e.getMessage())));
            }
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleError> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + RESOURCES, "");
            Path file = byResource.get(path);
            errors.add(new RuleError(file != null ? file.toString() : folder.toString(), Math.max(m.getLine(), 0),
                    m.getText().replace('\n', ' ').trim()));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors);
        }
        KieBase base = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId); // the container keeps what it needs
        List<RuleInfo> catalog = catalog(folder, base, errors);
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors);
        }
        boolean usesContext = false;
        for (KiePackage p : base.getKiePackages()) {
            for (Global g : p.getGlobalVariables()) {
                if (g.getName().equals(CONTEXT_GLOBAL) && g.getType().equals(Context.class.getName())) {
                    usesContext = true;
                } else {
                    errors.add(new RuleError(folder.toString(), 0, "global '" + g.getName() + "' of type " + g.getType()
                            + " is not provided; rules may declare only: global " + Context.class.getName() + " ctx"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors);
        }
        return new RuleSet(folder, base, catalog, usesContext);
    }

    private static List<Path> drlFiles(Path folder) throws RuleSetException {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException(List.of(new RuleError(folder.toString(), 0, "not a folder of .drl rule files")));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
            if (files.isEmpty()) {
                throw new RuleSetException(List.of(new RuleError(folder.toString(), 0, "no .drl rule files found")));
            }
            return files;
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleError(folder.toString(), 0, "cannot list: " + e.getMessage())));
        }
    }

    /** Reads each rule's metadata; every rule must say its id, category, severity and description. */
    private static List<RuleInfo> catalog(Path folder, KieBase base, List<RuleError> errors) {
        List<RuleInfo> catalog = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        // In file and line order, so that of two rules with one id the later one is reported.
        List<Located> rules = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                String file = rule instanceof RuleImpl impl && impl.getResource() != null
                        ? impl.getResource().getSourcePath() : p.getName();
                rules.add(new Located(rule, file, lineOf(folder.resolve(file), rule.getName())));
            }
        }
        rules.sort(Comparator.comparing(Located::file).thenComparingInt(Located::line));
        for (Located located : rules) {
            Rule rule = located.rule();
            String file = located.file();
            int line = located.line();
            String shown = folder.resolve(file).toString();
            Map<String, Object> meta = rule.getMetaData();
            String where = "rule \"" + rule.getName() + "\"";
            String id = text(meta, "id");
            String category = text(meta, "category");
            String severity = text(meta, "severity");
            String description = text(meta, "description");
            if (description == null) {
                description = text(meta, "org.kie.api.definition.type.Description");
            }
            List<String> missing = new ArrayList<>();
            if (id == null) missing.add("@id");
            if (category == null) missing.add("@category");
            if (severity == null) missing.add("@severity");
            if (description == null) missing.add("@description");
            if (!missing.isEmpty()) {
                errors.add(new RuleError(shown, line, where + " lacks " + String.join(", ", missing)));
                continue;
            }
            if (!CATEGORIES.contains(category)) {
                errors.add(new RuleError(shown, line, where + ": unknown @category '" + category + "'; expected one of "
                        + String.join(", ", CATEGORIES)));
                continue;
            }
            if (!id.startsWith(category + ".")) {
                errors.add(new RuleError(shown, line, where + ": @id '" + id + "' must start with its category, '"
                        + category + ".'"));
                continue;
            }
            Severity sev;
            try {
                sev = Severity.fromWord(severity);
            } catch (IllegalArgumentException e) {
                errors.add(new RuleError(shown, line, where + ": @severity " + e.getMessage()));
                continue;
            }
            String other = ids.putIfAbsent(id, file);
            if (other != null) {
                errors.add(new RuleError(shown, line, where + ": @id '" + id + "' is already used in " + other));
                continue;
            }
            catalog.add(new RuleInfo(id, category, sev, description, rule.getName(), file));
        }
        catalog.sort(Comparator.comparing((RuleInfo r) -> CATEGORIES.indexOf(r.category())).thenComparing(RuleInfo::id));
        return catalog;
    }

    private record Located(Rule rule, String file, int line) {
    }

    /** The line that declares a rule, so that metadata errors point at it. */
    private static int lineOf(Path file, String ruleName) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).trim();
                if (l.startsWith("rule") && l.contains("\"" + ruleName + "\"")) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the line number is a courtesy; the message still names the file and the rule
        }
        return 0;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        // Drools keeps the escapes of a metadata string literal: @description("say \"this\"").
        s = s.replace("\\\"", "\"");
        return s.isEmpty() ? null : s;
    }

    public Path folder() {
        return folder;
    }

    public List<RuleInfo> catalog() {
        return catalog;
    }

    KieBase kieBase() {
        return kieBase;
    }

    boolean usesContext() {
        return usesContext;
    }

    /** Ids of all rules, for checks that a hit names a catalogued rule. */
    Set<String> ids() {
        return Set.copyOf(catalog.stream().map(RuleInfo::id).toList());
    }
}
