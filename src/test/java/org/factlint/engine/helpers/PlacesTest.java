package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factlint.model.Article;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

    static Entity entity(String id, EntityKind kind, String name, List<String> aliases, List<String> members) {
        return new Entity(id, kind, name, aliases, null, members, List.of());
    }

    static final FactsDocument DOC = new FactsDocument(
            new Article("a", null, null, "2025-04-23", LocalDate.of(2025, 4, 23), "", "en", null, null, null),
            List.of(entity("london", EntityKind.PLACE, "London", List.of("the British capital"), List.of()),
                    entity("paris", EntityKind.PLACE, "Paris", List.of(), List.of()),
                    entity("uk", EntityKind.COUNTRY, "United Kingdom", List.of("UK", "Britain"), List.of()),
                    entity("us", EntityKind.COUNTRY, "United States", List.of("US", "Washington"), List.of()),
                    entity("france", EntityKind.COUNTRY, "France", List.of(), List.of("riviera")),
                    entity("georgia", EntityKind.COUNTRY, "Georgia", List.of(), List.of()),
                    entity("riviera", EntityKind.PLACE, "the Riviera", List.of(), List.of("monaco", "cote")),
                    entity("cote", EntityKind.PLACE, "Cote d'Azur", List.of(), List.of("nice")),
                    entity("monaco", EntityKind.PLACE, "Monaco", List.of(), List.of()),
                    entity("nice", EntityKind.PLACE, "Nice", List.of(), List.of()),
                    entity("lancaster-house", EntityKind.PLACE, "Lancaster House", List.of(), List.of()),
                    entity("rubio", EntityKind.PERSON, "Marco Rubio", List.of(), List.of()),
                    entity("talks", EntityKind.EVENT, "talks", List.of(), List.of()),
                    entity("eu", EntityKind.ORGANISATION, "European Union", List.of(), List.of())),
            List.of());

    static String why(String a, String b) {
        String one = Places.distinction(a, b, DOC);
        String other = Places.distinction(b, a, DOC);
        assertEquals(one == null, other == null, () -> "not symmetric: " + a + " / " + b);
        return one;
    }

    @ParameterizedTest(name = "{0} and {1} may be one place")
    @CsvSource(delimiter = '|', value = {
            "london | London",
            "london | LONDON",
            "london | the British capital",
            "london | London, UK",
            "London | london, england",
            "london | london",
            "london | uk",
            "London | United Kingdom",
            "London | the U.K.",
            "London | Great Britain",
            "London | England",
            "Edinburgh | Scotland",
            "uk | Scotland",
            "us | Washington",
            "Washington | New York", // here Washington is also an alias of the United States
            "Washington | Washington, D.C.",
            "New York | New York City",
            "Kiev | Kyiv",
            "Kyiv | Ukraine",
            "Kramatorsk | Donetsk",
            "Bucha | Kyiv",
            "Rafah | Gaza",
            "Montreal | Quebec",
            "london | Lancaster House",
            "lancaster-house | Downing Street",
            "the Gulf | Riyadh",
            "Europe | Paris",
            "Sevastopol | Russia",
            "Sevastopol | Ukraine",
            "Crimea | Russia",
            "Jerusalem | Israel",
            "Taipei | China",
            "Hong Kong | China",
            "Hong Kong | Beijing",
            "georgia | Atlanta",
            "Congo | Kinshasa",
            "Cambridge | United States",
            "Perth | Scotland",
            "Korea | Seoul",
            "Kuwait | Kuwait City",
            "Luxembourg | Luxembourg City",
            "riviera | monaco",
            "france | monaco",
            "France | Monaco",
            "riviera | Nice",
            "riviera | nice",
            "Ankh-Morpork | Lancre",
            "Cracow | Kraków",
            "Krakau | Krakow",
            "Mumbai | Bombay",
            "Quebec | Laval",
            "Calgary | Alberta",
            "Springfield | Illinois",
            "Seattle | Washington",
            "Izium | Kharkiv",
            "Springfield | United States",
            "rubio | Paris",
            "talks | Paris",
            "eu | Paris",
            "'' | Paris"})
    void maybeOnePlace(String a, String b) {
        assertNull(why(a.isEmpty() ? null : a, b));
    }

    @ParameterizedTest(name = "{0} and {1} are different places")
    @CsvSource(delimiter = '|', value = {
            "london | paris",
            "london | Paris",
            "London | Moscow",
            "the British capital | Paris",
            "Istanbul | Ankara",
            "Kyiv | Lviv",
            "Kyiv | Kramatorsk",
            "Donetsk | Moscow",
            "Jerusalem | Tel Aviv",
            "Sevastopol | Kyiv",
            "Chicago | New York",
            "us | Paris",
            "London | France",
            "france | Berlin",
            "uk | France",
            "Monaco | Nice",
            "UK | Germany",
            "England | Scotland",
            "England | France",
            "georgia | Russia",
            "Kuwait | Riyadh",
            "Luxembourg | Brussels",
            "Geneva | Lausanne",
            "Cambridge | Boston",
            "Cambridge | Oxford",
            "Ivory Coast | Ghana",
            "St. Petersburg | Moscow",
            "N'Djamena | Niamey",
            "Ottawa | Calgary",
            "Kraków | Gdańsk",
            "Krakow | Berlin",
            "Seattle | Boston",
            "Springfield | Canada"})
    void differentPlaces(String a, String b) {
        assertNotNull(why(a, b));
    }

    @Test
    void reasons() {
        assertEquals("London and Paris are different cities", Places.distinction("london", "Paris", DOC));
        assertEquals("London (United Kingdom) is not in France", Places.distinction("London", "france", DOC));
        assertEquals("United Kingdom and France are different countries", Places.distinction("uk", "france", DOC));
        assertEquals("England and Scotland are different parts of United Kingdom", Places.distinction("England", "Scotland", DOC));
    }

    @Test
    void placelessEvents() {
        assertTrue(Places.isPlaceless("call"));
        assertTrue(Places.isPlaceless("phone call"));
        assertTrue(Places.isPlaceless("video-conference"));
        assertTrue(Places.isPlaceless("Videoconference"));
        assertTrue(Places.isPlaceless("virtual summit"));
        assertTrue(Places.isPlaceless("state visit"));
        assertTrue(Places.isPlaceless("war"));
        assertFalse(Places.isPlaceless("talks"));
        assertFalse(Places.isPlaceless("summit"));
        assertFalse(Places.isPlaceless("conference"));
        assertFalse(Places.isPlaceless("recall vote"));
        assertFalse(Places.isPlaceless("warning"));
        assertFalse(Places.isPlaceless(null));
    }

    @Test
    void entitiesAreTheIdsAmongFreeText() {
        assertEquals(List.of("talks", "london"), Places.entities(DOC, "talks", "london", "Paris", "london"));
    }

    @Test
    void keys() {
        assertEquals("uk", Places.key("the U.K."));
        assertEquals("washington dc", Places.key("Washington, D.C."));
        assertEquals("cote divoire", Places.key("Côte d\u2019Ivoire"));
        assertEquals("trinidad and tobago", Places.key("Trinidad & Tobago"));
    }

    @Test
    void theGeoNamesListIsWellFormedAndItsKeysAreAsCompared() throws java.io.IOException {
        int cities = 0;
        try (java.io.InputStream in = Places.class.getResourceAsStream("cities15000.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(6, f.length, line);
                assertTrue(f[0].matches("[A-Z]{2}"), line);
                assertEquals(f[2].isEmpty() ? null : f[2], Places.regionKey(f[1]), line);
                for (String k : f[5].split("\\|")) {
                    assertEquals(Places.key(k), k, line);
                }
                cities++;
            }
        }
        assertTrue(cities > 20_000, cities + " cities");
    }

    @Test
    void regionNamesAreComparedWithoutTheirKindWord() {
        assertEquals("kharkivska", Places.regionKey("Kharkivs'ka Oblast'"));
        assertEquals("kyiv", Places.regionKey("Kyiv City"));
        assertEquals("new york", Places.regionKey("New York"));
        assertEquals("mexico", Places.regionKey("State of Mexico"));
        assertEquals("zaporizhzhya", Places.regionKey("Zaporizhzhya Oblast"));
    }
}
