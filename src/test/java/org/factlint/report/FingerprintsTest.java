package org.factlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factlint.model.AttendanceFact;
import org.factlint.model.AttendanceStatus;
import org.factlint.model.EventDateFact;
import org.factlint.model.Evidence;
import org.factlint.model.Origin;
import org.factlint.model.QuantityFact;
import org.factlint.model.QuantityKind;
import org.factlint.model.RoleFact;
import org.factlint.model.Source;
import org.factlint.model.Stage;
import org.factlint.model.Tense;
import org.junit.jupiter.api.Test;

/** A finding's fingerprint survives re-extraction of the same article and tells different contents apart. */
class FingerprintsTest {

    private static final String RULE = "attendance.attended-and-absent";

    private static AttendanceFact attendance(String id, String person, AttendanceStatus status, Evidence evidence) {
        return new AttendanceFact(id, Source.BODY, 1.0, evidence == null ? List.of() : List.of(evidence), "london-talks",
                person, null, status);
    }

    private static final AttendanceFact ATTENDED = attendance("f12", "rubio", AttendanceStatus.ATTENDED,
            new Evidence("Rubio attended Wednesday's talks", 1900, 1932, 9));
    private static final AttendanceFact WITHDREW = attendance("f7", "rubio", AttendanceStatus.WITHDREW,
            new Evidence("both US representatives pulled out", 812, 846, 2));

    @Test
    void aFingerprintIsTwentyHexDigits() {
        assertTrue(Fingerprints.of(RULE, List.of(ATTENDED, WITHDREW)).matches("[0-9a-f]{20}"));
    }

    @Test
    void idsOffsetsEvidenceConfidenceAndSourceDoNotChangeIt() {
        String before = Fingerprints.of(RULE, List.of(ATTENDED, WITHDREW));
        AttendanceFact attended = new AttendanceFact("x1", Source.STANDFIRST, 0.4,
                List.of(new Evidence("Rubio attended the talks", 10, 34, 1)), "london-talks", "rubio", null,
                AttendanceStatus.ATTENDED);
        AttendanceFact withdrew = attendance("x2", "rubio", AttendanceStatus.WITHDREW, null);
        assertEquals(before, Fingerprints.of(RULE, List.of(attended, withdrew)));
    }

    @Test
    void theOrderOfTheFactsDoesNotChangeIt() {
        assertEquals(Fingerprints.of(RULE, List.of(ATTENDED, WITHDREW)), Fingerprints.of(RULE, List.of(WITHDREW, ATTENDED)));
    }

    @Test
    void aFactStatedTwiceDoesNotChangeIt() {
        // found by the restatement property: a finding that also cites the same statement read twice is the same finding
        AttendanceFact again = attendance("f30", "rubio", AttendanceStatus.ATTENDED, null);
        assertEquals(Fingerprints.of(RULE, List.of(ATTENDED, WITHDREW)), Fingerprints.of(RULE, List.of(ATTENDED, again, WITHDREW)));
    }

    @Test
    void caseAndSpacingOfTextFieldsDoNotChangeIt() {
        RoleFact a = new RoleFact("f1", Source.BODY, 1, List.of(), "lammy", "Foreign Secretary", "uk", null, true);
        RoleFact b = new RoleFact("f9", Source.BODY, 1, List.of(), "lammy", "foreign  secretary", "uk", null, true);
        assertEquals(Fingerprints.of("role.contradicts-reference", List.of(a)),
                Fingerprints.of("role.contradicts-reference", List.of(b)));
    }

    @Test
    void differentContentsGiveDifferentFingerprints() {
        String base = Fingerprints.of(RULE, List.of(ATTENDED, WITHDREW));
        assertNotEquals(base, Fingerprints.of("attendance.absent-delegation-member-attended", List.of(ATTENDED, WITHDREW)),
                "another rule");
        assertNotEquals(base, Fingerprints.of(RULE, List.of(attendance("f12", "witkoff", AttendanceStatus.ATTENDED, null),
                WITHDREW)), "another person");
        assertNotEquals(base, Fingerprints.of(RULE, List.of(ATTENDED, attendance("f7", "rubio", AttendanceStatus.DECLINED,
                null))), "another status");
        assertNotEquals(base, Fingerprints.of(RULE, List.of(ATTENDED)), "fewer facts");
        RoleFact current = new RoleFact("f1", Source.BODY, 1, List.of(), "lammy", "Foreign Secretary", "uk", null, true);
        RoleFact former = new RoleFact("f1", Source.BODY, 1, List.of(), "lammy", "Foreign Secretary", "uk", null, false);
        assertNotEquals(Fingerprints.of("role.x", List.of(current)), Fingerprints.of("role.x", List.of(former)));
    }

    @Test
    void aFieldAddedToTheContractIsContentOnlyWhenGiven() {
        // a fact written without issue 10's fields says, and fingerprints, what it did before they existed
        EventDateFact plain = new EventDateFact("f1", Source.BODY, 1, List.of(), "talks", LocalDate.of(2025, 3, 3), "Monday");
        assertEquals("event-date|event=talks|date=2025-03-03|expression=monday", Fingerprints.content(plain, id -> id));
        EventDateFact explicit = new EventDateFact("f1", Source.BODY, 1, List.of(), new Origin("factlint", "date.on-weekday"),
                "talks", LocalDate.of(2025, 3, 3), "Monday", Stage.ACTUAL, null);
        assertEquals(Fingerprints.content(plain, id -> id), Fingerprints.content(explicit, id -> id),
                "the default stage and what made the fact are not content");
        EventDateFact planned = new EventDateFact("f1", Source.BODY, 1, List.of(), Origin.NONE, "talks",
                LocalDate.of(2025, 3, 3), "Monday", Stage.PLANNED, Tense.PAST);
        assertEquals("event-date|event=talks|date=2025-03-03|expression=monday|stage=PLANNED|tense=PAST",
                Fingerprints.content(planned, id -> id));
        QuantityFact undated = new QuantityFact("f2", Source.BODY, 1, List.of(), "strike", "workers", 3000, QuantityKind.COUNT);
        QuantityFact dated = new QuantityFact("f2", Source.BODY, 1, List.of(), Origin.NONE, "strike", "workers", 3000,
                QuantityKind.COUNT, LocalDate.of(2025, 4, 21));
        assertEquals("quantity|subject=strike|property=workers|value=3000.0|kind=COUNT", Fingerprints.content(undated, id -> id));
        assertNotEquals(Fingerprints.of("quantity.x", List.of(undated)), Fingerprints.of("quantity.x", List.of(dated)));
    }

    @Test
    void theContentNamesTheTypeAndEveryNonIdentityField() {
        assertEquals("attendance|event=london-talks|person=rubio|party=|status=ATTENDED", Fingerprints.content(ATTENDED, id -> id));
    }
}
