package org.factlint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** IsoDates reads YYYY-MM-DD by hand; it must agree with the ISO formatters it stands in for. */
class IsoDatesTest {

    @Test
    void readsDatesAndDateTimes() {
        assertEquals(Optional.of(LocalDate.of(2025, 4, 23)), IsoDates.parse("2025-04-23"));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 23)), IsoDates.parse("2025-04-23T21:30:00-04:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), IsoDates.parse("2024-02-29"));
        assertEquals(Optional.empty(), IsoDates.parse("2025-02-29"));
        assertEquals(Optional.empty(), IsoDates.parse(null));
    }

    @Test
    void agreesWithTheFormattersOnEveryShapeOfTenCharacters() {
        Random random = new Random(11);
        String alphabet = "0123456789-+T \u0660";
        for (int i = 0; i < 50_000; i++) {
            char[] c = new char[10];
            for (int j = 0; j < c.length; j++) {
                c[j] = random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length()));
            }
            if (random.nextBoolean()) {
                c[4] = '-';
                c[7] = '-';
            }
            String s = new String(c);
            assertEquals(IsoDates.viaFormatters(s), IsoDates.parse(s), s);
        }
        for (String s : List.of("0000-01-01", "9999-12-31", "2025-00-10", "2025-13-01", "2025-04-31", "2025-04-00", "1900-02-29",
                "2000-02-29", "+2025-04-23", "2025-4-23", "2025-04-23 ")) {
            assertEquals(IsoDates.viaFormatters(s), IsoDates.parse(s), s);
        }
    }

}
