package org.maple.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageHintsTest {

    final LanguageHints hints = new LanguageHints(List.of());

    @Test
    void stigmatisingTermsAreFlaggedWithAPersonFirstSuggestionAndTheirLine() {
        List<LanguageHints.Hint> h = hints.check("Intro\nThe addict said the test came back dirty.\nA substance abuser.");
        assertEquals(List.of("addict", "dirty", "substance abuser"), h.stream().map(LanguageHints.Hint::found).toList());
        assertEquals(2, h.get(0).line());
        assertTrue(h.get(0).suggestion().contains("person"));
        assertTrue(h.get(1).suggestion().contains("positive"));
        assertEquals(3, h.get(2).line());
    }

    @Test
    void wholeWordsAnyCaseAndPrefixTerms() {
        assertEquals(List.of("Alcoholic", "Junkies"), hints.check("Alcoholic. Junkies.").stream()
                .map(LanguageHints.Hint::found).toList());
        assertTrue(hints.check("addiction services and addictive behaviour").isEmpty(), "addiction is not addict");
    }

    @Test
    void fellowshipNamesAndServiceUsersAreNotFlagged() {
        assertTrue(hints.check("Alcoholics Anonymous and Narcotics Anonymous welcome any service user.").isEmpty());
    }

    @Test
    void trainersExtendTheList() {
        LanguageHints extended = new LanguageHints(List.of(new LanguageHints.Term("crackhead*", "person who uses crack cocaine")));
        List<LanguageHints.Hint> h = extended.check("Not a crackheads' group.");
        assertEquals(1, h.size());
        assertEquals("person who uses crack cocaine", h.get(0).suggestion());
        assertTrue(extended.terms().size() > LanguageHints.builtIn().size());
    }
}
