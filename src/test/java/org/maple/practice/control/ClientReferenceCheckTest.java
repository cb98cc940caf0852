package org.maple.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClientReferenceCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"RRT-2291", "rrt-2291", "RRT/2291/B", "C-000123", "CL 48213", "2291", "REF 12-7",
            "Client 7", "SU-2024-118", "RRT-229104", "A1B2C3", "RRT 123 456 789", "K-9434765918"})
    void serviceReferencesPass(String ref) {
        assertEquals(Optional.empty(), ClientReferenceCheck.problem(ref), ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "NHS 943 476 5919", "RRT-9434765919",
            "4010232137"})
    void nhsNumbersWithAValidCheckDigitAreRefused(String ref) {
        assertTrue(ClientReferenceCheck.problem(ref).orElse("").contains("NHS"), ref);
    }

    @Test
    void theModulus11CheckIsExact() {
        assertTrue(ClientReferenceCheck.nhsNumberValid("9434765919"));
        assertFalse(ClientReferenceCheck.nhsNumberValid("9434765918"), "wrong check digit");
        assertFalse(ClientReferenceCheck.nhsNumberValid("1234567890"), "check digit would be 10: never valid");
        assertFalse(ClientReferenceCheck.nhsNumberValid("943476591"), "nine digits");
        assertTrue(ClientReferenceCheck.nhsNumberValid("0000000000"), "remainder 0 gives check digit 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"j.smith@example.org", "RRT j@x.co.uk", "client: someone@nhs.net"})
    void emailAddressesAreRefused(String ref) {
        assertTrue(ClientReferenceCheck.problem(ref).orElse("").contains("e-mail"), ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "020 7946 0000", "(020) 7946 0000", "+44 7700 900123",
            "0044 20 7946 0000", "0161 496 0000", "RRT-07700900123", "01632 960001"})
    void ukPhoneNumbersAreRefused(String ref) {
        assertTrue(ClientReferenceCheck.problem(ref).orElse("").contains("phone"), ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"John Smith 12/03/1985", "J Smith 12-3-85", "JS 12.03.85", "JS120385", "JS 12031985",
            "Smith 1985-03-12", "Jo 12 March 1985", "JS 3 Mar 85"})
    void namesOrInitialsWithADateOfBirthAreRefused(String ref) {
        assertTrue(ClientReferenceCheck.problem(ref).orElse("").contains("date of birth"), ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RRT-2291 31/02/85", "JS 45.13.85", "RRT-329104"})
    void impossibleDatesAreNotDatesOfBirth(String ref) {
        assertEquals(Optional.empty(), ClientReferenceCheck.problem(ref), ref);
    }

    @Test
    void blankTooLongAndOddCharactersAreRefusedWithAReason() {
        assertTrue(ClientReferenceCheck.problem("  ").orElse("").contains("Enter"));
        assertTrue(ClientReferenceCheck.problem(null).isPresent());
        assertTrue(ClientReferenceCheck.problem("R".repeat(41)).orElse("").contains("longer"));
        assertTrue(ClientReferenceCheck.problem("RRT<script>").orElse("").contains("only letters"));
    }

    @Test
    void freeTextMayNotCarryContactDetails() {
        assertTrue(ClientReferenceCheck.contactDetailsIn("I rang the secretary on 07700 900123", "What happened")
                .orElse("").startsWith("What happened contains a phone"));
        assertTrue(ClientReferenceCheck.contactDetailsIn("mail me at a@b.org", "Notes").orElse("").contains("e-mail"));
        assertEquals(Optional.empty(), ClientReferenceCheck.contactDetailsIn(
                "About 20 people, 12 steps read aloud, 90 minutes, 2 newcomers welcomed; 7:30 start.", "What happened"));
        assertEquals(Optional.empty(), ClientReferenceCheck.contactDetailsIn(null, "x"));
    }
}
