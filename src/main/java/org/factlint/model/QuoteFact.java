package org.factlint.model;

import java.time.LocalDate;
import java.util.List;

/** Words in quotation marks and who said them; channel, event and date may be null. */
public record QuoteFact(String id, Source source, double confidence, List<Evidence> evidence,
                        String speaker, String text, String channel, String event, LocalDate date) implements Fact {

    public QuoteFact {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "quote";
    }

}
