package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factlint.engine.helpers.Names.Place;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name-similarity thresholds, checked on real names: variants that must meet, people and places that must not. */
class NamesTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            // transliteration variants of one name
            "zelensky, zelenskyy", "zelensky, zelenskiy", "zelenskyy, zelenskiy", "zelensky, zelenskyi",
            "mohammed, muhammad", "mohammed, mohamed", "mohammad, muhammed", "volodymyr, volodimir", "sergei, sergey",
            "dmitry, dmitri", "alexei, alexey", "andrii, andriy", "sybiha, sybiga", "lavrov, lavrow",
            // typos
            "barrot, barrow", "barrot, barot", "kellogg, kellog", "lammy, lamy", "witkoff, witkof", "witkoff, whitkoff",
            "netanyahu, netanyhau", "kallas, kalas", "starmer, starmar", "peskov, pesko", "macron, macon", "tusk, tuck",
            "marco, marko", "rutte, rute", "sullivan, sulivan"})
    void surnamesThatAreOneSpellingAway(String a, String b) {
        assertTrue(Names.near(a, b, Place.SURNAME));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "kellogg, kelly", "kerry, kelly", "khamenei, khomeini", "yermak, sybiha", "muhammad, mohamed",
            "oleksandr, olexandr", "catherine, katherine", "steven, stephen", "geoffrey, jeffrey", "mikhail, michael",
            "orban, urban", "yulia, julia", "uk, us", "kim, jim", "jon, john", "rubio, rubio"})
    void surnamesThatAreDifferentNames(String a, String b) {
        assertFalse(Names.near(a, b, Place.SURNAME));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"andrii, andriy, true", "mohammed, muhammad, true", "sergei, sergey, true", "volodymyr, volodimir, true",
            "brian, bryan, true", "ivana, ivanka, false", "eric, erin, false", "john, joan, false", "marco, marko, false",
            "keith, kevin, false"})
    void givenNamesMeetOnlyByTransliteration(String a, String b, boolean near) {
        assertEquals(near, Names.near(a, b, Place.GIVEN_NAME));
    }

    /**
     * A known limitation: male and female forms of a given name differ only in vowels, so two
     * relatives "Christian Smith" and "Christine Smith" would be flagged (as a warning). Allowing
     * it keeps Mohammed/Muhammad and Volodymyr/Volodimir, which differ the same way.
     */
    @Test
    void maleAndFemaleFormsOfAGivenNameMeet() {
        assertTrue(Names.near("christian", "christine", Place.GIVEN_NAME));
        assertTrue(Names.near("peter", "petra", Place.GIVEN_NAME));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"iceland, ireland, false", "iran, iraq, false", "slovakia, slovenia, false", "austria, australia, false",
            "america, american, false", "germany, germans, false", "niger, nigeria, false", "kyiv, kiev, false",
            "kharkiv, kharkov, true", "lithuania, lithuenia, true", "colombia, columbia, true",
            "kazakhstan, kazakstan, false"})
    void placesAndOrganisationsAreComparedStrictly(String a, String b, boolean near) {
        assertEquals(near, Names.near(a, b, Place.NOT_PERSON));
    }

    @Test
    void theDistanceChargesHalfForTransliterationAndWholeForOtherEdits() {
        assertEquals(0.0, Names.distance("sybiha", "sybiha"));
        assertEquals(0.5, Names.distance("andrii", "andriy"), "vowel for vowel");
        assertEquals(0.5, Names.distance("zelensky", "zelenskiy"), "a vowel added");
        assertEquals(0.5, Names.distance("kellogg", "kellog"), "a doubled letter");
        assertEquals(1.0, Names.distance("sybiha", "sybiga"), "a consonant");
        assertEquals(1.0, Names.distance("netanyahu", "netanyhau"), "two letters swapped");
        assertEquals(1.5, Names.distance("kellogg", "kelly"));
    }

    @Test
    void wordsDropPossessivesPunctuationAndAccents() {
        assertEquals(List.of("rubio"), Names.words("Rubio\u2019s"));
        assertEquals(List.of("jean", "noel", "barrot"), Names.words("Jean-Noël Barrot"));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "Andrii Sybiha, Andriy Sybiha, true", "Jean-Noel Barrot, Jean-Noel Barrow, true",
            "Mohammed bin Salman, Muhammad bin Salman, true", "Volodymyr Zelensky, Volodymyr Zelenskyy, true",
            "Andrii Sybiha, Andriy Yermak, false", "Keith Kellogg, Keith Kelly, false", "Ivana Trump, Ivanka Trump, false",
            "Donald Trump, Donald Trump Jr, false", "Marco Rubio, Marco Rubio, false", "Tim Walz, Mike Waltz, false",
            "Olaf Scholz, Martin Schulz, false", "Ali Khamenei, Ruhollah Khomeini, false"})
    void peopleAreNearMissesWhenEveryWordIs(String a, String b, boolean near) {
        assertEquals(near, Names.nearMiss(person("a", a), person("b", b)));
        assertEquals(near, Names.nearMiss(person("b", b), person("a", a)), "symmetric");
        if (near) {
            // the name rule compares only entities filed under one key
            assertEquals(Names.nearMissKey(person("a", a)), Names.nearMissKey(person("b", b)));
        }
    }

    @Test
    void nearMissesShareTheirKeyAndOtherKindsDoNot() {
        assertEquals("person:as", Names.nearMissKey(person("a", "Andrii Sybiha")));
        assertEquals(Names.nearMissKey(entity("k", EntityKind.PLACE, "Kharkiv")),
                Names.nearMissKey(entity("k2", EntityKind.PLACE, "Kharkov")));
        assertNotEquals(Names.nearMissKey(entity("co", EntityKind.COUNTRY, "Colombia")),
                Names.nearMissKey(entity("c", EntityKind.PLACE, "Columbia")));
    }

    @Test
    void shortNamesAndOtherKindsAreNotNearMisses() {
        assertFalse(Names.nearMiss(entity("uk", EntityKind.COUNTRY, "UK"), entity("us", EntityKind.COUNTRY, "US")));
        assertFalse(Names.nearMiss(entity("uk", EntityKind.COUNTRY, "United Kingdom"),
                entity("us", EntityKind.COUNTRY, "United States")));
        assertFalse(Names.nearMiss(entity("co", EntityKind.COUNTRY, "Colombia"), entity("c", EntityKind.PLACE, "Columbia")),
                "different kinds");
        assertTrue(Names.nearMiss(entity("k", EntityKind.PLACE, "Kharkiv"), entity("k2", EntityKind.PLACE, "Kharkov")));
    }

    /** 150 real politicians and officials, many sharing given names or surnames: no two are near misses. */
    @Test
    void distinctRealPeopleAreNeverNearMisses() {
        List<String> people = List.of(("Marco Rubio|Steve Witkoff|David Lammy|Andrii Sybiha|Keith Kellogg|Vladimir Putin"
                + "|Donald Trump|Andriy Yermak|Jean-Noel Barrot|Volodymyr Zelensky|Olena Zelenska|Sergey Lavrov|Dmitry Peskov"
                + "|Yuri Ushakov|Kirill Dmitriev|Rustem Umerov|Kyrylo Budanov|Denys Shmyhal|Yulia Svyrydenko|Dmytro Kuleba"
                + "|Oleksii Reznikov|Valerii Zaluzhnyi|Oleksandr Syrskyi|Andriy Sadovyi|Vitali Klitschko|Wladimir Klitschko"
                + "|Keir Starmer|Rachel Reeves|Yvette Cooper|John Healey|Jonathan Powell|Rishi Sunak|Boris Johnson|Liz Truss"
                + "|Theresa May|David Cameron|Emmanuel Macron|Francois Bayrou|Michel Barnier|Gabriel Attal|Stephane Sejourne"
                + "|Catherine Colonna|Sebastien Lecornu|Olaf Scholz|Friedrich Merz|Annalena Baerbock|Boris Pistorius"
                + "|Johann Wadephul|Robert Habeck|Christian Lindner|Frank-Walter Steinmeier|Martin Schulz|Ursula von der Leyen"
                + "|Kaja Kallas|Antonio Costa|Charles Michel|Josep Borrell|Mark Rutte|Jens Stoltenberg|Roberta Metsola"
                + "|Joe Biden|Jill Biden|Hunter Biden|Kamala Harris|Antony Blinken|Jake Sullivan|Lloyd Austin|Mike Waltz"
                + "|Tim Walz|JD Vance|Pete Hegseth|Tulsi Gabbard|Ivanka Trump|Ivana Trump|Melania Trump|Eric Trump|Lara Trump"
                + "|Donald Trump Jr|Barron Trump|Jared Kushner|Giorgia Meloni|Antonio Tajani|Pedro Sanchez"
                + "|Jose Manuel Albares|Donald Tusk|Radoslaw Sikorski|Andrzej Duda|Viktor Orban|Peter Szijjarto|Robert Fico"
                + "|Recep Tayyip Erdogan|Hakan Fidan|Benjamin Netanyahu|Isaac Herzog|Gideon Saar|Israel Katz|Yoav Gallant"
                + "|Mohammed bin Salman|Faisal bin Farhan|Xi Jinping|Wang Yi|Li Qiang|Narendra Modi|Subrahmanyam Jaishankar"
                + "|Shehbaz Sharif|Nawaz Sharif|Ali Khamenei|Ruhollah Khomeini|Masoud Pezeshkian|Abbas Araghchi|Kim Jong Un"
                + "|Kim Yo Jong|Kim Jong Il|Fumio Kishida|Shigeru Ishiba|Yoon Suk Yeol|Lee Jae-myung|Anthony Albanese"
                + "|Penny Wong|Justin Trudeau|Mark Carney|Melanie Joly|Alexander Lukashenko|Sviatlana Tsikhanouskaya"
                + "|Alexei Navalny|Yulia Navalnaya|Mikhail Mishustin|Sergei Shoigu|Andrei Belousov|Valery Gerasimov"
                + "|Maria Zakharova|Dmitry Medvedev|Luiz Inacio Lula da Silva|Javier Milei|Claudia Sheinbaum|Gustavo Petro"
                + "|Nicolas Maduro|Cyril Ramaphosa|Bola Tinubu|William Ruto|Abiy Ahmed|Paul Kagame|Antonio Guterres"
                + "|Rafael Grossi|Kristalina Georgieva|Christine Lagarde|Ngozi Okonjo-Iweala|Tedros Adhanom Ghebreyesus"
                + "|Volker Turk|Filippo Grandi").split("\\|"));
        assertEquals(150, people.size());
        assertEquals(List.of(), nearPairs(people, EntityKind.PERSON));
    }

    /** Countries and cities, among them Iceland/Ireland, Iran/Iraq, Slovakia/Slovenia, Niger/Nigeria: none are near misses. */
    @Test
    void distinctRealPlacesAreNeverNearMisses() {
        List<String> places = List.of(("Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas"
                + "|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Botswana|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chad|Chile"
                + "|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czechia|Denmark|Dominica|Dominican Republic|Ecuador|Egypt"
                + "|Estonia|Ethiopia|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guinea|Guinea-Bissau|Guyana"
                + "|Haiti|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan"
                + "|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Malawi|Malaysia"
                + "|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Mongolia|Montenegro|Morocco|Namibia|Nepal|Netherlands"
                + "|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar"
                + "|Romania|Russia|Rwanda|Senegal|Serbia|Slovakia|Slovenia|Somalia|South Korea|South Sudan|Spain|Sudan"
                + "|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine"
                + "|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Kyiv|Kharkiv"
                + "|Kherson|Odesa|Lviv|Dnipro|Mariupol|Donetsk|Luhansk|Moscow|Kursk|Belgorod|London|Paris|Berlin|Brussels"
                + "|Warsaw|Vienna|Geneva|Istanbul|Ankara|Riyadh|Jeddah|Doha|Washington|Beijing|Tokyo|Seoul|Tehran|Baghdad"
                + "|Damascus|Beirut|Jerusalem|Gaza|Cairo|Minsk|Vilnius|Riga|Tallinn|Budapest|Bratislava|Prague|Bucharest"
                + "|Belgrade|Zagreb|Ljubljana|Athens|Rome|Madrid|Lisbon|Dublin|Munich|Hamburg|Strasbourg|Lagos|Abuja"
                + "|Sevastopol|Simferopol|Bakhmut|Pokrovsk|Sumy|Chernihiv|Poltava|Kramatorsk|Sloviansk|Melitopol").split("\\|"));
        assertEquals(198, places.size());
        assertEquals(List.of(), nearPairs(places, EntityKind.COUNTRY));
    }

    @Test
    void aMentionSpeltDifferentlyIsAVariantButTheSurnameTitleAndPossessiveAreNot() {
        Entity sybiha = new Entity("sybiha", EntityKind.PERSON, "Andrii Sybiha", List.of("Sybiha"), null, List.of(),
                mentions("Andrii Sybiha", "Sybiha's", "Foreign Minister Sybiha", "Andrii", "Andriy Sybiha", "Andriy Sybiha"));
        List<Names.Variant> variants = Names.variants(sybiha);
        assertEquals(1, variants.size());
        assertEquals("Andriy Sybiha", variants.get(0).form());
        assertEquals(2, variants.get(0).mentions().size(), "both mentions of the variant are its evidence");
        assertFalse(variants.get(0).alias());
    }

    @Test
    void anAliasSpeltDifferentlyIsAVariant() {
        Entity zelensky = new Entity("z", EntityKind.PERSON, "Volodymyr Zelensky", List.of("Zelensky", "Zelenskyy"), null,
                List.of(), List.of());
        List<Names.Variant> variants = Names.variants(zelensky);
        assertEquals(1, variants.size());
        assertTrue(variants.get(0).alias());
        assertEquals("Zelenskyy", variants.get(0).form());
    }

    @Test
    void countriesPlacesAndEventsHaveNoVariants() {
        Entity ukraine = new Entity("ukraine", EntityKind.COUNTRY, "Ukraine", List.of("Ukrainian"), null, List.of(),
                mentions("Ukrainian", "Ukraine's"));
        assertEquals(List.of(), Names.variants(ukraine));
        Entity rubio = new Entity("rubio", EntityKind.PERSON, "Marco Rubio", List.of("Rubio"), null, List.of(),
                mentions("Rubio\u2019s", "Mr Rubio", "US Secretary of State Marco Rubio", "Marco"));
        assertEquals(List.of(), Names.variants(rubio));
    }

    @Test
    void mentionsOfTheNameAreThoseThatWriteItInFull() {
        Entity sybiha = new Entity("sybiha", EntityKind.PERSON, "Andrii Sybiha", List.of(), null, List.of(),
                mentions("Andrii Sybiha", "Sybiha", "counterpart Andrii Sybiha's"));
        assertEquals(List.of("Andrii Sybiha", "counterpart Andrii Sybiha's"),
                Names.mentionsOfName(sybiha).stream().map(Evidence::quote).toList());
    }

    private static List<String> nearPairs(List<String> names, EntityKind kind) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (Names.nearMiss(entity("a", kind, names.get(i)), entity("b", kind, names.get(j)))) {
                    pairs.add(names.get(i) + " / " + names.get(j));
                }
            }
        }
        return pairs;
    }

    @Test
    void candidatesHoldEveryNearMissEvenInALargeBucketAndNotEveryPair() {
        // 60 people filed under one key ("person:as"), so the bucket is split by last words
        List<Entity> people = new ArrayList<>();
        String[] surnames = {"Sybiha", "Sybiga", "Sybihaa", "Sabiha", "Sbiha", "Syhiba", "Sorokin", "Sokolov", "Savchenko",
            "Shevchenko", "Stepanenko", "Sydorenko"};
        for (int i = 0; i < 60; i++) {
            people.add(person("p" + i, "Andrii " + surnames[i % surnames.length] + (i < surnames.length ? "" : "x" + i)));
        }
        List<String> pairs = Names.candidates(people).stream().map(p -> p[0].id() + "/" + p[1].id()).toList();
        int near = 0;
        for (Entity a : people) {
            for (Entity b : people) {
                if (a != b && Names.nearMiss(a, b)) {
                    near++;
                    assertTrue(pairs.contains(a.id() + "/" + b.id()), a.name() + " / " + b.name());
                }
            }
        }
        assertTrue(near >= 10, "the test has near misses to find: " + near);
        assertTrue(pairs.size() < 60 * 59 / 4, "the bucket was split: " + pairs.size() + " pairs");
        assertEquals(pairs.size(), pairs.stream().distinct().count(), "each pair once in each order");
    }

    @Test
    void wordsWithinTheBudgetShareADeletion() {
        java.util.Random random = new java.util.Random(7);
        String letters = "abcdeghiklmnoprstuvyz";
        int checked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder a = new StringBuilder();
            for (int i = 4 + random.nextInt(7); i > 0; i--) {
                a.append(letters.charAt(random.nextInt(letters.length())));
            }
            StringBuilder b = new StringBuilder(a);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = 1 + random.nextInt(b.length() - 1);
                char c = letters.charAt(random.nextInt(letters.length()));
                switch (random.nextInt(4)) {
                    case 0 -> b.setCharAt(at, c);
                    case 1 -> b.insert(at, c);
                    case 2 -> b.deleteCharAt(at);
                    default -> {
                        if (at + 1 < b.length()) {
                            char x = b.charAt(at);
                            b.setCharAt(at, b.charAt(at + 1));
                            b.setCharAt(at + 1, x);
                        }
                    }
                }
            }
            String x = a.toString();
            String y = b.toString();
            if (Names.near(x, y, Place.SURNAME) || Names.near(x, y, Place.GIVEN_NAME)) {
                checked++;
                java.util.Set<String> shared = new java.util.HashSet<>(Names.deletions(x));
                shared.retainAll(Names.deletions(y));
                assertFalse(shared.isEmpty(), x + " / " + y);
            }
        }
        assertTrue(checked > 1000, "near pairs checked: " + checked);
    }

    @Test
    void anAliasIsWrittenOnlyIfTheArticlesTextUsesItAsWholeWords() {
        org.factlint.model.Article a = new org.factlint.model.Article("a", "Zelensky thanks Starmer", null, "2025-03-18",
                java.time.LocalDate.parse("2025-03-18"), "Steve Witkoff met Zelensky's aides.", null, null, null, null);
        assertTrue(Names.writtenIn(a, "Zelensky"));
        assertFalse(Names.writtenIn(a, "Zelenskyy"));
        assertFalse(Names.writtenIn(a, "Steve Witkof"), "a prefix of a written word is not written");
        org.factlint.model.Article none = new org.factlint.model.Article("b", null, null, "2025-03-18",
                java.time.LocalDate.parse("2025-03-18"), null, null, null, null, null);
        assertTrue(Names.writtenIn(none, "Zelenskyy"), "with no text there is nothing to tell");
    }

    private static Entity person(String id, String name) {
        return entity(id, EntityKind.PERSON, name);
    }

    private static Entity entity(String id, EntityKind kind, String name) {
        return new Entity(id, kind, name, List.of(), null, List.of(), List.of());
    }

    private static List<Evidence> mentions(String... quotes) {
        return List.of(quotes).stream().map(q -> new Evidence(q, null, null, null)).toList();
    }
}
