package org.factlint.engine.build;

/**
 * How DRL files become a Drools rule base. Both modes run the same rules with the same results;
 * they differ in what they cost and when (docs/performance.md has the numbers).
 */
public enum BuildMode {
    /** Drools' classic DRL compiler (drools-mvel): parses and compiles on every start. */
    CLASSIC,
    /**
     * Drools' executable model: the DRL is turned into Java classes once; those classes can be
     * cached and loaded by later starts without compiling anything.
     */
    EXECUTABLE_MODEL
}
