package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factlint.model.Article;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.Test;

class EntityRefsTest {

    private final EntityRefs refs = new EntityRefs(new FactsDocument(
            new Article("a", null, null, "2025-04-23", null, "", "en", null, null, null),
            List.of(new Entity("us", EntityKind.COUNTRY, "United States", List.of("US", "Washington"), null, List.of(), List.of()),
                    new Entity("washington-dc", EntityKind.PLACE, "Washington", List.of(), null, List.of(), List.of()),
                    new Entity("london-talks", EntityKind.EVENT, "talks in London", List.of("Wednesday's talks"), null,
                            List.of(), List.of())),
            List.of()));

    @Test
    void idsNamesAndAliasesNameTheSameEntity() {
        assertTrue(refs.same("us", "United States"));
        assertTrue(refs.same("us", "the US"));
        assertTrue(refs.same("the United States", "U.S".replace(".", "")));
        assertTrue(refs.same("london-talks", "Wednesday\u2019s talks"));
        assertEquals("london-talks", refs.key("The talks in London"));
    }

    @Test
    void freeTextComparesByItsWordsAndAmbiguousNamesResolveToNothing() {
        assertTrue(refs.same("US no-shows", "US no shows"));
        assertFalse(refs.same("US no-shows", "withdrawals of Rubio and Witkoff"));
        assertEquals("washington", refs.key("Washington"), "both the US and the city are called Washington");
        assertFalse(refs.same(null, null));
        assertFalse(refs.same("", ""));
    }
}
