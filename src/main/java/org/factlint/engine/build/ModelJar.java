package org.factlint.engine.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Turns the jar of an executable model (as {@link DrlCompiler#executableModel} makes it, or as
 * a cache returns it) into a rule base: loads the generated classes from memory and builds the
 * network from them. Nothing is parsed or compiled, which is what makes a warm start fast.
 */
public final class ModelJar {

    private static final String MODEL_LIST_SUFFIX = "/drools-model";

    private ModelJar() {
    }

    /** @throws IOException if the bytes are not a readable model jar (a damaged cache entry, say) */
    public static KieBase kieBase(byte[] jar) throws IOException {
        Map<String, byte[]> entries = entries(jar);
        List<String> modelClasses = null;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith("META-INF/kie/") && e.getKey().endsWith(MODEL_LIST_SUFFIX)) {
                modelClasses = new ArrayList<>();
                for (String line : new String(e.getValue(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.trim();
                    if (!name.isEmpty() && !name.contains(":")) {
                        modelClasses.add(name);
                    }
                }
            }
        }
        if (modelClasses == null || modelClasses.isEmpty()) {
            throw new IOException("no executable model in the jar");
        }
        Loader loader = new Loader(entries, ModelJar.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        try {
            for (String name : modelClasses) {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new IOException("cannot load the executable model: " + e, e);
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static Map<String, byte[]> entries(byte[] jar) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            byte[] buffer = new byte[16384];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    out.write(buffer, 0, n);
                }
                entries.put(e.getName(), out.toByteArray());
            }
        }
        return entries;
    }

    /** Defines the generated classes from memory; everything else comes from factlint's own loader. */
    private static final class Loader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> entries;

        Loader(Map<String, byte[]> entries, ClassLoader parent) {
            super("factlint-rules", parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = entries.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }
}
