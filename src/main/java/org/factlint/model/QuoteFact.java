package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Words in quotation marks and who said them; channel, event and date may be null.
 *
 * @param forParty the contract's {@code for}: the entity the speaker speaks for (a spokesperson's
 *                 principal, the head of government an office such as Downing Street speaks for); or null
 */
public record QuoteFact(String id, Source source, double confidence, List<Evidence> evidence, Origin origin,
                        String speaker, String text, String channel, String event, LocalDate date,
                        @Addition String forParty) implements Fact {

    public QuoteFact {
        evidence = List.copyOf(evidence);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A quote that names no one spoken for, with no origin: the fields of the first contract. */
    public QuoteFact(String id, Source source, double confidence, List<Evidence> evidence,
                     String speaker, String text, String channel, String event, LocalDate date) {
        this(id, source, confidence, evidence, Origin.NONE, speaker, text, channel, event, date, null);
    }

    @Override
    public String type() {
        return "quote";
    }

}
