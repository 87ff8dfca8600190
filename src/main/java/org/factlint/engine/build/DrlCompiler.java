package org.factlint.engine.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.factlint.RuleSetException;
import org.factlint.RuleSetException.RuleError;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule sources with Drools, in either {@link BuildMode}, and turns Drools' error
 * messages into errors that name the rule file and line.
 */
public final class DrlCompiler {

    private static final String RESOURCES = "src/main/resources/";

    private DrlCompiler() {
    }

    /** Classic DRL compilation straight into a rule base. */
    public static KieBase classic(RuleSources sources) throws RuleSetException {
        KieBuilder builder = build(sources, BuildMode.CLASSIC);
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = builder.getKieModule().getReleaseId();
        KieBase base = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id); // the container keeps what it needs
        return base;
    }

    /**
     * The executable model of the sources: a jar of generated, compiled Java classes that
     * {@link ModelJar#kieBase} turns into a rule base without compiling anything.
     */
    public static byte[] executableModel(RuleSources sources) throws RuleSetException {
        KieBuilder builder = build(sources, BuildMode.EXECUTABLE_MODEL);
        byte[] jar = ((InternalKieModule) builder.getKieModule()).getBytes();
        KieServices.Factory.get().getRepository().removeKieModule(builder.getKieModule().getReleaseId());
        return jar;
    }

    /** Drools' message on one line, without the caret drawn under the expression for a terminal. */
    static String tidy(String message) {
        return message.replaceAll("\\s+\\^\\s+", " ").replaceAll("\\s+", " ").trim();
    }

    private static KieBuilder build(RuleSources sources, BuildMode mode) throws RuleSetException {
        KieServices ks = KieServices.Factory.get();
        // Each compilation under its own release id: Drools keeps built modules in one process-wide
        // repository, where two folders compiled at once under the default id would swap rules.
        ReleaseId releaseId = ks.newReleaseId("org.factlint.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        Map<String, String> shownByResource = new HashMap<>();
        for (RuleSources.File f : sources.files()) {
            shownByResource.put(f.relative(), f.path().toString());
            kfs.write(RESOURCES + f.relative(), ks.getResources().newByteArrayResource(f.content()).setSourcePath(f.relative()));
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        if (mode == BuildMode.EXECUTABLE_MODEL) {
            builder.buildAll(ExecutableModelProject.class);
        } else {
            builder.buildAll();
        }
        List<RuleError> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + RESOURCES, "");
            String shown = shownByResource.getOrDefault(path, sources.folder().toString());
            errors.add(new RuleError(shown, Math.max(m.getLine(), 0), tidy(m.getText())));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors);
        }
        return builder;
    }
}
