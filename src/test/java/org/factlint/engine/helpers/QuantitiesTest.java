package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factlint.model.Article;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.FactsDocument;
import org.factlint.model.Origin;
import org.factlint.model.QuantityFact;
import org.factlint.model.QuantityKind;
import org.factlint.model.Source;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    private static final FactsDocument DOC = new FactsDocument(
            new Article("a", null, null, "2025-04-23", null, "", "en", null, null, null),
            List.of(entity("france", EntityKind.COUNTRY), entity("germany", EntityKind.COUNTRY),
                    entity("uk", EntityKind.COUNTRY), entity("eu", EntityKind.ORGANISATION),
                    entity("lammy", EntityKind.PERSON),
                    new Entity("group", EntityKind.GROUP, "the group", List.of(), null,
                            List.of("france", "germany", "uk", "eu", "lammy"), List.of())),
            List.of());

    @Test
    void propertiesCompareWithoutArticlesPluralsCaseOrPunctuation() {
        assertTrue(Quantities.sameProperty("meetings between Witkoff and Putin", "the meeting between Witkoff and Putin"));
        assertTrue(Quantities.sameProperty("Countries taking part", "countries taking part."));
        assertEquals("country taking part", Quantities.propertyKey("the countries taking part"));
        assertFalse(Quantities.sameProperty("countries taking part", "ministers taking part"));
        assertFalse(Quantities.sameProperty("", ""));
    }

    @Test
    void aCountCountsTheMembersItsPropertyNames() {
        Entity group = DOC.entity("group").orElseThrow();
        assertEquals(List.of("france", "germany", "uk"), Quantities.membersOf("countries taking part", group, DOC));
        assertEquals(List.of("france", "germany", "uk"), Quantities.membersOf("EU member states", group, DOC));
        assertEquals(List.of("lammy"), Quantities.membersOf("ministers", group, DOC));
        assertEquals(List.of("eu"), Quantities.membersOf("organisations", group, DOC));
        assertEquals(5, Quantities.membersCounted("members", group, DOC));
        assertEquals(5, Quantities.membersCounted("participants", group, DOC));
        assertEquals(-1, Quantities.membersCounted("troops", group, DOC));
        assertEquals(-1, Quantities.membersCounted("years of talks", group, DOC));
    }

    @Test
    void valuesAreDescribedAsArticlesWriteThem() {
        assertEquals("fourth", Quantities.describe(quantity(4, QuantityKind.ORDINAL)));
        assertEquals("twelfth", Quantities.describe(quantity(12, QuantityKind.ORDINAL)));
        assertEquals("13th", Quantities.describe(quantity(13, QuantityKind.ORDINAL)));
        assertEquals("21st", Quantities.describe(quantity(21, QuantityKind.ORDINAL)));
        assertEquals("112th", Quantities.describe(quantity(112, QuantityKind.ORDINAL)));
        assertEquals("5", Quantities.describe(quantity(5, QuantityKind.COUNT)));
        assertEquals("2.5", Quantities.describe(quantity(2.5, QuantityKind.COUNT)));
        assertEquals(2, Quantities.distinctValues(List.of(quantity(4, QuantityKind.ORDINAL), quantity(3, QuantityKind.ORDINAL),
                quantity(4, QuantityKind.ORDINAL))));
    }

    private static QuantityFact quantity(double value, QuantityKind kind) {
        return new QuantityFact("q", Source.BODY, 1, List.of(), "s", "meetings", value, kind);
    }

    private static Entity entity(String id, EntityKind kind) {
        return new Entity(id, kind, id, List.of(), null, List.of(), List.of());
    }

    private static QuantityFact workers(String id, double value, String date) {
        return new QuantityFact(id, Source.BODY, 1, List.of(), Origin.NONE, "strike", "workers", value, QuantityKind.COUNT,
                date == null ? null : LocalDate.parse(date));
    }

    @Test
    void countsDisagreeOnlyOnOneDay() {
        QuantityFact monday = workers("f1", 3000, "2025-04-21");
        QuantityFact wednesday = workers("f2", 4500, "2025-04-23");
        QuantityFact wednesdayAgain = workers("f3", 5000, "2025-04-23");
        QuantityFact undated = workers("f4", 3000, null);
        QuantityFact undatedOther = workers("f5", 2000, null);
        assertEquals(List.of(), Quantities.disagreeingOnOneDay(List.of(monday, wednesday)), "a count that grew");
        assertEquals(List.of(), Quantities.disagreeingOnOneDay(List.of(undated, wednesday)), "a dated and an undated count");
        assertEquals(List.of(List.of(wednesday, wednesdayAgain)),
                Quantities.disagreeingOnOneDay(List.of(monday, wednesday, undated, wednesdayAgain)));
        assertEquals(List.of(List.of(undated, undatedOther), List.of(wednesday, wednesdayAgain)),
                Quantities.disagreeingOnOneDay(List.of(undated, wednesday, undatedOther, wednesdayAgain)),
                "one list per day, undated counts together");
        assertEquals(List.of(), Quantities.disagreeingOnOneDay(List.of(wednesday, workers("f6", 4500, "2025-04-23"))));
    }
}
