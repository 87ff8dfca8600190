package org.factlint.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fact field added to the contract after fingerprints were first issued ({@code stage}
 * and {@code when} on event-date, {@code date} on event-level and quantity, {@code for} on
 * quote). {@link FactContent} leaves it out while it holds its absent value, so a fact written
 * without it says, and fingerprints, exactly what it did before the field existed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Addition {

    /** The value (its {@code toString()}) that counts as absent besides null: the contract's default. */
    String absent() default "";
}
